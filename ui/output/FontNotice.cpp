#include "output/FontNotice.h"

#include "common/AppSettings.h"
#include "common/Prompts.h"
#include "common/Theme.h"
#include "shell/MainWindow.h"

#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace fazhi::ui {

namespace {

// The face the standard names for the role, and what the role's text is.
QString faceName(FontRole role)
{
    switch (role) {
    case FontRole::Title: return FontNotice::tr("Xiaobiaosong");
    case FontRole::Heading1: return FontNotice::tr("Heiti");
    case FontRole::Heading2: return FontNotice::tr("Kaiti");
    case FontRole::Body: return FontNotice::tr("Fangsong");
    case FontRole::PageNumber:
    case FontRole::Latin: break;
    }
    return {};
}

QString textName(FontRole role)
{
    switch (role) {
    case FontRole::Title: return FontNotice::tr("title");
    case FontRole::Heading1: return FontNotice::tr("first-level headings");
    case FontRole::Heading2: return FontNotice::tr("second-level headings");
    case FontRole::Body: return FontNotice::tr("body text");
    case FontRole::PageNumber:
    case FontRole::Latin: break;
    }
    return {};
}

}  // namespace

QStringList FontNotice::sentences(const QList<MissingFace> &missing)
{
    QStringList list;
    for (const MissingFace &m : missing) {
        if (m.standIn.isEmpty())
            list.append(tr("This computer has no %1 font and no other Chinese font: the exported %2 cannot show "
                           "Chinese.").arg(faceName(m.role), textName(m.role)));
        else
            list.append(tr("This computer has no %1 font: the exported %2 is not in %1 (%3 is used instead).")
                            .arg(faceName(m.role), textName(m.role), m.standIn));
    }
    return list;
}

QString FontNotice::installHint(const QList<MissingFace> &missing)
{
    QStringList lines;
    for (const MissingFace &m : missing) {
        const QString face = faceName(m.role);
        if (m.role == FontRole::Title) {
            lines.append(tr("%1 (方正小标宋简体) is sold by Founder (方正字库): install it from the font file your office "
                            "licensed.").arg(face));
            continue;
        }
#ifdef Q_OS_WIN
        const QString file = m.role == FontRole::Body       ? QStringLiteral("simfang.ttf")
                             : m.role == FontRole::Heading2 ? QStringLiteral("simkai.ttf")
                                                            : QStringLiteral("simhei.ttf");
        lines.append(tr("%1 comes with Chinese Windows (%2). If it is missing, add “Chinese (Simplified) "
                        "Supplemental Fonts” under Settings → Apps → Optional features.").arg(face, file));
#else
        if (m.role == FontRole::Body)
            lines.append(tr("%1 has no free package: copy a licensed font file (such as simfang.ttf from Windows) "
                            "into the folder ~/.local/share/fonts.").arg(face));
        else
            lines.append(tr("For %1 install the package %2 (sudo apt install %2).")
                             .arg(face, m.role == FontRole::Heading2 ? QStringLiteral("fonts-arphic-ukai")
                                                                     : QStringLiteral("fonts-wqy-zenhei")));
#endif
    }
    if (lines.isEmpty())
        return {};
    lines.append(tr("Then start Fazhi Report again."));
    return lines.join(QLatin1Char('\n'));
}

FontNotice::FontNotice(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("fontNotice"));
    m_button = new QToolButton(window);
    m_button->setObjectName(QStringLiteral("fontNoticeButton"));
    m_button->setAutoRaise(true);
    setLook(m_button, Look::Warning);
    m_button->hide();
    connect(m_button, &QToolButton::clicked, this, &FontNotice::showDetails);
    window->statusBar()->addPermanentWidget(m_button);
    // After the report has been shown: resolving the fonts is no part of its first paint.
    connect(window, &MainWindow::sessionChanged, this, [this] { QTimer::singleShot(0, this, &FontNotice::update); });
}

void FontNotice::update()
{
    m_missing = missingOfficialFaces(AppSettings::instance().pageProfile());
    if (m_missing.isEmpty() || !m_window->session()) {
        m_button->hide();
        return;
    }
    QStringList faces;
    for (const MissingFace &m : std::as_const(m_missing))
        faces.append(faceName(m.role));
    // Short: the status bar is narrow; the tooltip and the button's message say the rest.
    const MissingFace &first = m_missing.first();
    m_button->setText(m_missing.size() == 1
                          ? tr("No %1 font on this computer: the exported %2 is not in %1")
                                .arg(faceName(first.role), textName(first.role))
                          : tr("No %1 fonts on this computer: the exported file is not in the official fonts")
                                .arg(faces.join(tr(", "))));
    m_button->setToolTip(sentences(m_missing).join(QLatin1Char('\n')));
    m_button->show();
}

void FontNotice::showDetails()
{
    Prompts::Message m;
    m.icon = Prompts::Icon::Warning;
    m.title = tr("Official Fonts Missing");
    m.text = sentences(m_missing).join(QLatin1Char('\n'));
    m.informative = installHint(m_missing);
    Prompts::ask(m_window, m);
}

}  // namespace fazhi::ui
