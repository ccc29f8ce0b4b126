#include "shell/WelcomePage.h"
#include "common/Theme.h"

#include "common/Icons.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace fazhi::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setAutoFillBackground(true);
    QPalette page;
    page.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    setPalette(page);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);

    auto *card = new Card(this);
    card->setObjectName(QStringLiteral("welcomeCard"));
    card->setMaximumWidth(560);
    card->setMinimumWidth(460);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(metrics::WelcomeMargins);
    layout->setSpacing(metrics::WelcomeSpacing);

    auto *logo = new QLabel(card);
    logo->setPixmap(icon(IconKind::App).pixmap(64, 64));
    logo->setAlignment(Qt::AlignHCenter);
    auto *title = new QLabel(tr("Fazhi Report"), card);
    setLook(title, Look::WelcomeTitle);
    title->setAlignment(Qt::AlignHCenter);
    auto *subtitle = new QLabel(tr("The annual report on building a rule-of-law government, for townships and "
                                   "sub-districts: written in structured forms, numbered for you, saved as you type."),
                                card);
    setLook(subtitle, Look::WelcomeSubtitle);
    subtitle->setAlignment(Qt::AlignHCenter);
    subtitle->setWordWrap(true);
    layout->addWidget(logo);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(metrics::WelcomeButtonsGap);

    auto button = [card, layout](const QString &name, IconKind kind, const QString &text, const QString &description) {
        auto *b = new QCommandLinkButton(text, description, card);
        b->setObjectName(name);
        b->setIcon(icon(kind));
        b->setIconSize(QSize(32, 32));
        layout->addWidget(b);
        return b;
    };
    auto *newReport = button(QStringLiteral("welcomeNew"), IconKind::NewReport, tr("New Report"),
                             tr("Start from the regulation's template: the five contents are laid out, with "
                                "guidance in every field."));
    auto *importReport = button(QStringLiteral("welcomeImport"), IconKind::Import, tr("Import a Report"),
                                tr("Bring in last year's report or a draft, as a .txt file or a Word .docx "
                                   "document."));
    auto *example = button(QStringLiteral("welcomeExample"), IconKind::Example, tr("Open the Example Report"),
                           tr("See a complete report of a fictional township, 示例镇, and how it is built."));
    layout->addSpacing(metrics::WelcomeHintGap);
    auto *drop = new QLabel(tr("You can also drop a .txt or .docx file onto this window."), card);
    setLook(drop, Look::Hint);
    drop->setAlignment(Qt::AlignHCenter);
    drop->setWordWrap(true);
    layout->addWidget(drop);
    m_workspace = new QLabel(card);
    setLook(m_workspace, Look::Hint);
    m_workspace->setAlignment(Qt::AlignHCenter);
    m_workspace->setWordWrap(true);
    m_workspace->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_workspace);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 3);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(3);

    connect(newReport, &QCommandLinkButton::clicked, this, &WelcomePage::newReportRequested);
    connect(importReport, &QCommandLinkButton::clicked, this, &WelcomePage::importRequested);
    connect(example, &QCommandLinkButton::clicked, this, &WelcomePage::exampleRequested);
}

void WelcomePage::setWorkspacePath(const QString &path)
{
    m_workspace->setText(tr("Workspace: %1").arg(QDir::toNativeSeparators(path)));
}

}  // namespace fazhi::ui
