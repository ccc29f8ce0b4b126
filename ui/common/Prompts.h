#pragma once
// Every modal question the UI asks goes through here: message boxes and file dialogs.
//
// Tests set the next answer (or ask for automatic answers) so nothing ever blocks waiting for a
// click; they can also read back what would have been shown. The app itself only calls ask(),
// openFileName() and saveFileName().

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace fazhi::ui {

class Prompts {
public:
    enum class Icon { Information, Warning, Critical, Question };
    // The buttons the app uses; their (translated) labels live in Prompts.cpp.
    enum Button {
        NoButton = 0,
        Ok,
        Cancel,
        Close,
        Yes,
        No,
        Delete,
        OpenFile,
        ShowInFolder,
        Retry,
        QuitAnyway,
        Quit,
        ChooseOtherWorkspace,
        Reload,
        Restore,
        CopyDiagnostics,  // the About dialog: the diagnostics to the clipboard (shell/Diagnostics.h)
        SubmitAnyway,     // 提交审核 while errors or comments remain
        BackToEditing,
        DecideAnyway,     // a review decision under the drafter's own name
    };

    struct Message {
        Icon icon = Icon::Information;
        QString title;
        QString text;         // the one sentence that matters
        QString informative;  // what to do next
        QString details;      // e.g. unsaved text the user may want to copy
        QList<Button> buttons{Ok};
        Button defaultButton = Ok;  // also the automatic answer in tests
        Button escapeButton = NoButton;
    };

    // Shows the message (or answers it through the seam) and returns the button chosen.
    static Button ask(QWidget *parent, const Message &message);
    // Shorthands.
    static void inform(QWidget *parent, const QString &title, const QString &text,
                       const QString &informative = QString());
    static void warn(QWidget *parent, const QString &title, const QString &text,
                     const QString &informative = QString());

    // File dialogs; an empty string means cancelled.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &path,
                                const QString &filter);

    static QString buttonText(Button button);

    // Seams for tests.
    static void setNextAnswer(Button button);          // one-shot
    static void setNextFileName(const QString &path);  // one-shot; an empty string cancels
    static void setAutomatic(bool on);  // every prompt answers its default button; file dialogs cancel
    static bool isAutomatic();
    static const QList<Message> &shown();  // every message asked while automatic or answered by a seam
    static void clearShown();
};

}  // namespace fazhi::ui
