#include "output/PreviewPane.h"

#include "model/ReportLookup.h"
#include "edit/ReportSession.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <cmath>
#include <utility>

namespace fazhi::ui {

namespace {
bool isTextRole(RunRole role)
{
    return role == RunRole::Text || role == RunRole::SectionLead || role == RunRole::PartHeading;
}
}  // namespace

PreviewPane::PreviewPane(QWidget *parent) : QTextBrowser(parent), m_profile(gbt9704Profile())
{
    setObjectName(QStringLiteral("preview"));
    setOpenLinks(false);
    setUndoRedoEnabled(false);
    document()->setUndoRedoEnabled(false);
    setLineWrapMode(QTextEdit::FixedPixelWidth);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // A white page on a grey desk: the viewport is the page, the margins around it are the desk.
    QPalette pal = palette();
    pal.setColor(QPalette::Base, Qt::white);
    pal.setColor(QPalette::Window, QColor(0xe3, 0xe6, 0xea));
    setPalette(pal);
    setAutoFillBackground(true);
    viewport()->setAutoFillBackground(true);
    m_rebuildTimer.setSingleShot(true);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &PreviewPane::rebuild);
    m_partialTimer.setSingleShot(true);
    m_partialTimer.setInterval(60);
    connect(&m_partialTimer, &QTimer::timeout, this, &PreviewPane::applyPartial);
}

void PreviewPane::setSession(ReportSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_active = QUuid();
    m_pendingText.clear();
    if (session) {
        connect(session, &ReportSession::fieldChanged, this, &PreviewPane::onFieldChanged);
        connect(session, &ReportSession::structureChanged, this, [this] { scheduleRebuild(0); });
    }
    rebuild();
}

void PreviewPane::setProfile(const PageProfile &profile)
{
    m_profile = profile;
    m_typesetter.reset();
    rebuild();
}

void PreviewPane::setZoomSteps(int steps)
{
    m_zoomSteps = qBound(-5, steps, 8);
    m_typesetter.reset();
    rebuild();
}

void PreviewPane::ensureTypesetter()
{
    // Made when first needed, not with the window: it resolves the report's fonts.
    if (m_typesetter)
        return;
    m_typesetter = std::make_unique<Typesetter>(m_profile, 0.75 * std::pow(1.1, m_zoomSteps));
    const double ch = m_typesetter->characterWidth();
    document()->setDocumentMargin(std::round(ch * 2));
    m_pageWidthPx = int(std::ceil(m_typesetter->lineWidth() + 2 * document()->documentMargin())) + 6;
    updatePageGeometry(false);
}

void PreviewPane::onFieldChanged(const QUuid &id, const QString &field)
{
    if (field == QLatin1String("label") || field == QLatin1String("value") || field == QLatin1String("unit")
        || field == QLatin1String("qualifier"))
        return;  // figures are not printed
    if ((field == QLatin1String("text") || field == QLatin1String("lead")) && !m_rebuildTimer.isActive()
        && textSpanOf(id) >= 0) {
        m_pendingText.insert(id);
        if (!m_partialTimer.isActive())
            m_partialTimer.start();
        return;
    }
    scheduleRebuild(150);
}

void PreviewPane::scheduleRebuild(int delayMs)
{
    m_partialTimer.stop();
    m_pendingText.clear();
    if (!m_rebuildTimer.isActive() || delayMs < m_rebuildTimer.remainingTime())
        m_rebuildTimer.start(delayMs);
}

void PreviewPane::flushPending()
{
    if (m_rebuildTimer.isActive()) {
        m_rebuildTimer.stop();
        rebuild();
    } else if (!m_pendingText.isEmpty()) {
        m_partialTimer.stop();
        applyPartial();
    }
}

void PreviewPane::rebuild()
{
    m_rebuildTimer.stop();
    m_partialTimer.stop();
    m_pendingText.clear();
    const int scroll = verticalScrollBar()->value();
    QTextDocument *doc = document();
    doc->clear();
    m_spans.clear();
    m_spansByNode.clear();
    ++m_fullRenders;
    if (!m_session) {
        updateHighlight();
        return;
    }
    ensureTypesetter();
    const DocumentLayout layout = buildLayout(m_session->report(), LayoutTarget::Document);
    m_typesetter->build(doc, layout, &m_spans, lineWrapColumnOrWidth() - 2 * doc->documentMargin());
    for (int i = 0; i < m_spans.size(); ++i)
        m_spansByNode[m_spans.at(i).nodeId].append(i);
    // The widget's own cursor was carried to the end by the insertions; park it at the top so the
    // view does not follow it there.
    QTextCursor home(doc);
    setTextCursor(home);
    verticalScrollBar()->setValue(scroll);
    updateHighlight();
}

int PreviewPane::textSpanOf(const QUuid &id) const
{
    const auto it = m_spansByNode.constFind(id);
    if (it == m_spansByNode.constEnd())
        return -1;
    int found = -1;
    for (int i : it.value()) {
        if (isTextRole(m_spans.at(i).role)) {
            if (found >= 0)
                return -1;  // several text runs (report details): rebuild instead
            found = i;
        }
    }
    return found;
}

int PreviewPane::positionOf(const QUuid &id) const
{
    const auto it = m_spansByNode.constFind(id);
    if (it == m_spansByNode.constEnd() || it.value().isEmpty())
        return -1;
    return m_spans.at(it.value().first()).start;
}

void PreviewPane::applyPartial()
{
    if (!m_session || m_pendingText.isEmpty())
        return;
    const QSet<QUuid> pending = std::exchange(m_pendingText, {});
    const Report &report = m_session->report();
    QTextCursor c(document());
    c.beginEditBlock();
    for (const QUuid &id : pending) {
        const int k = textSpanOf(id);
        if (k < 0) {
            c.endEditBlock();
            rebuild();
            return;
        }
        Span &span = m_spans[k];
        QString text;
        if (span.role == RunRole::SectionLead) {
            const Section *s = findSection(report, id);
            text = s ? s->lead : QString();
        } else {
            text = nodeText(report, id);
        }
        c.setPosition(span.start);
        c.setPosition(span.start + span.length, QTextCursor::KeepAnchor);
        m_typesetter->insertRun(c, text, span.role, BlockKind::Paragraph);
        const int delta = int(text.size()) - span.length;
        span.length = int(text.size());
        if (delta != 0) {
            for (int i = k + 1; i < m_spans.size(); ++i)
                m_spans[i].start += delta;
        }
    }
    c.endEditBlock();
    ++m_partialRenders;
    updateHighlight();
}

void PreviewPane::setActiveNode(const QUuid &id, bool scroll)
{
    m_active = id;
    updateHighlight();
    if (!scroll)
        return;
    const int pos = positionOf(id);
    if (pos < 0)
        return;
    QTextCursor c(document());
    c.setPosition(pos);
    const QRect r = cursorRect(c);
    if (r.top() < 0 || r.bottom() > viewport()->height()) {
        // Put the node a third of the way down, where the eye expects it.
        verticalScrollBar()->setValue(verticalScrollBar()->value() + r.top() - viewport()->height() / 3);
    }
}

void PreviewPane::updateHighlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    const auto it = m_spansByNode.constFind(m_active);
    if (it != m_spansByNode.constEnd()) {
        QTextCharFormat mark;
        mark.setBackground(QColor(0xfd, 0xf1, 0xc0));
        for (int i : it.value()) {
            const Span &s = m_spans.at(i);
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(document());
            sel.cursor.setPosition(s.start);
            if (s.length == 0) {
                QTextCharFormat block = mark;
                block.setProperty(QTextFormat::FullWidthSelection, true);
                sel.format = block;
            } else {
                sel.cursor.setPosition(s.start + s.length, QTextCursor::KeepAnchor);
                sel.format = mark;
            }
            selections.append(sel);
        }
    }
    setExtraSelections(selections);
}

QUuid PreviewPane::nodeAt(int position) const
{
    // The last run that starts at or before the position (runs are in document order).
    int lo = 0, hi = int(m_spans.size()) - 1, best = -1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        if (m_spans.at(mid).start <= position) {
            best = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    // Prefer a run that really contains the position over an empty one sitting at it.
    while (best > 0 && m_spans.at(best).length == 0 && m_spans.at(best - 1).start + m_spans.at(best - 1).length >= position)
        --best;
    return best >= 0 ? m_spans.at(best).nodeId : QUuid();
}

void PreviewPane::mouseReleaseEvent(QMouseEvent *e)
{
    QTextBrowser::mouseReleaseEvent(e);
    if (e->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const int pos = cursorForPosition(e->position().toPoint()).position();
    const QUuid id = nodeAt(pos);
    if (!id.isNull())
        emit nodeClicked(id);
}

void PreviewPane::resizeEvent(QResizeEvent *e)
{
    QTextBrowser::resizeEvent(e);
    updatePageGeometry();
}

void PreviewPane::updatePageGeometry(bool rebuildIfChanged)
{
    // A page of the printed width, centred, with the pane's background on either side.
    const int available = width() - verticalScrollBar()->sizeHint().width() - 2 * frameWidth();
    const int page = qMin(m_pageWidthPx, qMax(200, available - 24));
    const int side = qMax(0, (available - page) / 2);
    setViewportMargins(side, 12, side, 12);
    if (lineWrapColumnOrWidth() != page - 4) {
        setLineWrapColumnOrWidth(page - 4);
        // The title is balanced for the width it gets.
        if (m_session && rebuildIfChanged)
            scheduleRebuild(120);
    }
}

}  // namespace fazhi::ui
