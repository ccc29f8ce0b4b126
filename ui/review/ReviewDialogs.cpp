#include "review/ReviewDialogs.h"

#include "common/Prompts.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QQueue>
#include <QVBoxLayout>

namespace fazhi::ui {

namespace {

struct Seams {
    QQueue<std::optional<QStringList>> answers;
    QStringList asked;
};

Seams &seams()
{
    static Seams s;
    return s;
}

// The next queued answer: has_value() when the seam answers (an inner nullopt cancels).
std::optional<std::optional<QStringList>> seamAnswer(const QString &title)
{
    Seams &s = seams();
    if (!s.answers.isEmpty()) {
        s.asked << title;
        return s.answers.dequeue();
    }
    if (Prompts::isAutomatic()) {
        s.asked << title;
        return std::optional<QStringList>();
    }
    return std::nullopt;
}

QLabel *contextLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("reviewQuote"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel#reviewQuote { background: #f5f6f8; border-left: 3px solid #c9ced6;"
                                        " padding: 6px 8px; color: #333b47; }"));
    return label;
}

}  // namespace

std::optional<QString> ReviewInput::askText(QWidget *parent, const TextQuestion &q)
{
    if (auto answer = seamAnswer(q.title)) {
        if (!answer->has_value() || (*answer)->isEmpty())
            return std::nullopt;
        const QString text = (*answer)->first().trimmed();
        if (q.required && text.isEmpty())
            return std::nullopt;
        return text;
    }

    QDialog dialog(parent);
    dialog.setObjectName(q.objectName.isEmpty() ? QStringLiteral("reviewTextDialog") : q.objectName);
    dialog.setWindowTitle(q.title);
    auto *layout = new QVBoxLayout(&dialog);
    if (!q.context.isEmpty())
        layout->addWidget(contextLabel(q.context, &dialog));
    auto *label = new QLabel(q.label, &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    QPlainTextEdit *multi = nullptr;
    QLineEdit *single = nullptr;
    if (q.multiLine) {
        multi = new QPlainTextEdit(&dialog);
        multi->setObjectName(QStringLiteral("reviewText"));
        multi->setPlainText(q.initial);
        multi->setPlaceholderText(q.placeholder);
        multi->setTabChangesFocus(true);
        multi->setMinimumHeight(110);
        layout->addWidget(multi, 1);
        label->setBuddy(multi);
    } else {
        single = new QLineEdit(&dialog);
        single->setObjectName(QStringLiteral("reviewText"));
        single->setText(q.initial);
        single->setPlaceholderText(q.placeholder);
        layout->addWidget(single);
        label->setBuddy(single);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(q.acceptText.isEmpty() ? tr("OK") : q.acceptText);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto current = [multi, single] { return (multi ? multi->toPlainText() : single->text()).trimmed(); };
    auto update = [ok, current, required = q.required] { ok->setEnabled(!required || !current().isEmpty()); };
    if (multi)
        QObject::connect(multi, &QPlainTextEdit::textChanged, &dialog, update);
    else
        QObject::connect(single, &QLineEdit::textChanged, &dialog, update);
    update();
    dialog.setMinimumWidth(q.multiLine ? 480 : 380);
    if (multi) {
        multi->setFocus();
        multi->selectAll();
    } else {
        single->setFocus();
        single->selectAll();
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return current();
}

std::optional<ReviewInput::Publication> ReviewInput::askPublication(QWidget *parent, const QDate &date,
                                                                    const QString &url)
{
    const QString title = tr("Publish the Report");
    if (auto answer = seamAnswer(title)) {
        if (!answer->has_value() || (*answer)->isEmpty())
            return std::nullopt;
        Publication p;
        p.date = QDate::fromString((*answer)->value(0), Qt::ISODate);
        p.url = (*answer)->value(1).trimmed();
        if (!p.date.isValid())
            return std::nullopt;
        return p;
    }

    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("publishDialog"));
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("Record that the approved report has been published. The date becomes the "
                                "report's 发布日期; the web address is kept with the review record."),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto *dateEdit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), &dialog);
    dateEdit->setObjectName(QStringLiteral("publishDate"));
    dateEdit->setCalendarPopup(true);
    dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *urlEdit = new QLineEdit(url, &dialog);
    urlEdit->setObjectName(QStringLiteral("publishUrl"));
    urlEdit->setPlaceholderText(tr("e.g. https://www.example.gov.cn/…"));
    form->addRow(tr("Publication date:"), dateEdit);
    form->addRow(tr("Web address:"), urlEdit);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Publish"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.setMinimumWidth(460);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Publication{dateEdit->date(), urlEdit->text().trimmed()};
}

void ReviewInput::queueAnswer(const std::optional<QStringList> &answer) { seams().answers.enqueue(answer); }
void ReviewInput::clearAnswers() { seams().answers.clear(); }
int ReviewInput::pendingAnswers() { return int(seams().answers.size()); }
const QStringList &ReviewInput::asked() { return seams().asked; }
void ReviewInput::clearAsked() { seams().asked.clear(); }

}  // namespace fazhi::ui
