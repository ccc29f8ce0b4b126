#include "common/Prompts.h"

#include "common/Icons.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <optional>

namespace fazhi::ui {

namespace {

struct SeamState {
    std::optional<Prompts::Button> nextAnswer;
    std::optional<QString> nextFileName;
    bool automatic = false;
    QList<Prompts::Message> shown;
};

SeamState &seams()
{
    static SeamState state;
    return state;
}

QMessageBox::ButtonRole roleOf(Prompts::Button b)
{
    switch (b) {
    case Prompts::Cancel:
    case Prompts::Close:
        return QMessageBox::RejectRole;
    case Prompts::No:
    case Prompts::BackToEditing:
        return QMessageBox::NoRole;
    case Prompts::Yes:
        return QMessageBox::YesRole;
    case Prompts::Delete:
    case Prompts::QuitAnyway:
        return QMessageBox::DestructiveRole;
    case Prompts::ShowInFolder:
    case Prompts::ChooseOtherWorkspace:
    case Prompts::CopyDiagnostics:
        return QMessageBox::ActionRole;
    default:
        return QMessageBox::AcceptRole;
    }
}

QMessageBox::Icon iconOf(Prompts::Icon icon)
{
    switch (icon) {
    case Prompts::Icon::Information: return QMessageBox::Information;
    case Prompts::Icon::Warning: return QMessageBox::Warning;
    case Prompts::Icon::Critical: return QMessageBox::Critical;
    case Prompts::Icon::Question: return QMessageBox::Question;
    }
    return QMessageBox::NoIcon;
}

}  // namespace

QString Prompts::buttonText(Button button)
{
    switch (button) {
    case NoButton: return {};
    case Ok: return QCoreApplication::translate("Prompts", "OK");
    case Cancel: return QCoreApplication::translate("Prompts", "Cancel");
    case Close: return QCoreApplication::translate("Prompts", "Close");
    case Yes: return QCoreApplication::translate("Prompts", "Yes");
    case No: return QCoreApplication::translate("Prompts", "No");
    case Delete: return QCoreApplication::translate("Prompts", "Delete");
    case OpenFile: return QCoreApplication::translate("Prompts", "Open File");
    case ShowInFolder: return QCoreApplication::translate("Prompts", "Show in Folder");
    case Retry: return QCoreApplication::translate("Prompts", "Try Again");
    case QuitAnyway: return QCoreApplication::translate("Prompts", "Quit Without Saving");
    case Quit: return QCoreApplication::translate("Prompts", "Quit");
    case ChooseOtherWorkspace: return QCoreApplication::translate("Prompts", "Choose Another Workspace…");
    case Reload: return QCoreApplication::translate("Prompts", "Reload");
    case Restore: return QCoreApplication::translate("Prompts", "Restore");
    case CopyDiagnostics: return QCoreApplication::translate("Prompts", "Copy Diagnostics");
    case SubmitAnyway: return QCoreApplication::translate("Prompts", "Submit Anyway");
    case BackToEditing: return QCoreApplication::translate("Prompts", "Go Back and Change");
    case DecideAnyway: return QCoreApplication::translate("Prompts", "Go On Under This Name");
    }
    return {};
}

Prompts::Button Prompts::ask(QWidget *parent, const Message &message)
{
    SeamState &s = seams();
    if (s.nextAnswer) {
        const Button answer = *s.nextAnswer;
        s.nextAnswer.reset();
        s.shown.append(message);
        return answer;
    }
    if (s.automatic) {
        s.shown.append(message);
        return message.defaultButton;
    }

    useAppIcon();  // a prompt may come before the main window is painted (e.g. a refused workspace)
    QMessageBox box(parent);
    box.setIcon(iconOf(message.icon));
    box.setWindowTitle(message.title.isEmpty() ? QCoreApplication::translate("Prompts", "Fazhi Report")
                                               : message.title);
    box.setText(message.text);
    box.setInformativeText(message.informative);
    if (!message.details.isEmpty())
        box.setDetailedText(message.details);
    QList<QPair<QAbstractButton *, Button>> map;
    for (Button b : message.buttons) {
        QPushButton *pb = box.addButton(buttonText(b), roleOf(b));
        map.append({pb, b});
        if (b == message.defaultButton)
            box.setDefaultButton(pb);
        if (b == message.escapeButton)
            box.setEscapeButton(pb);
    }
    box.exec();
    for (const auto &entry : map) {
        if (entry.first == box.clickedButton())
            return entry.second;
    }
    return message.escapeButton != NoButton ? message.escapeButton : message.defaultButton;
}

void Prompts::inform(QWidget *parent, const QString &title, const QString &text, const QString &informative)
{
    Message m;
    m.icon = Icon::Information;
    m.title = title;
    m.text = text;
    m.informative = informative;
    ask(parent, m);
}

void Prompts::warn(QWidget *parent, const QString &title, const QString &text, const QString &informative)
{
    Message m;
    m.icon = Icon::Warning;
    m.title = title;
    m.text = text;
    m.informative = informative;
    ask(parent, m);
}

QString Prompts::openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    SeamState &s = seams();
    if (s.nextFileName) {
        const QString name = *s.nextFileName;
        s.nextFileName.reset();
        return name;
    }
    if (s.automatic)
        return {};
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString Prompts::saveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    SeamState &s = seams();
    if (s.nextFileName) {
        const QString name = *s.nextFileName;
        s.nextFileName.reset();
        return name;
    }
    if (s.automatic)
        return {};
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

void Prompts::setNextAnswer(Button button) { seams().nextAnswer = button; }
void Prompts::setNextFileName(const QString &path) { seams().nextFileName = path; }
void Prompts::setAutomatic(bool on) { seams().automatic = on; }
bool Prompts::isAutomatic() { return seams().automatic; }
const QList<Prompts::Message> &Prompts::shown() { return seams().shown; }
void Prompts::clearShown() { seams().shown.clear(); }

}  // namespace fazhi::ui
