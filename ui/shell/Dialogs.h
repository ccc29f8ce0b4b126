#pragma once
// The app's small dialogs: a new report, what import changed, settings, help and about.

#include "model/Report.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;

namespace fazhi {
class Workspace;
}

namespace fazhi::ui {

// New report from the regulation template: organization and year.
class NewReportDialog : public QDialog {
    Q_OBJECT
public:
    struct Answer {
        QString organization;
        int year = 0;
    };

    explicit NewReportDialog(QWidget *parent = nullptr);
    Answer answer() const;

    // Shows the dialog; std::nullopt when cancelled. Tests answer through setNextAnswer.
    static std::optional<Answer> ask(QWidget *parent, const QString &organization, int year);
    static void setNextAnswer(std::optional<Answer> answer);

private:
    void updatePreview();

    QLineEdit *m_organization;
    QSpinBox *m_year;
    QLabel *m_preview;
};

// What import repaired or dropped (Report::importNotes). Not modal: the user reads it beside the report.
class ImportNotesDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportNotesDialog(QWidget *parent = nullptr);
    void setReport(const Report &report, const QString &sourceName = QString());
    int noteCount() const;
    QTreeWidget *notesView() const { return m_notes; }

signals:
    void nodeActivated(const QUuid &id);
    // The user asks to split a part heading that is a lead-in sentence (an ImportNoteCode::LeadInHeading note).
    void splitHeadingRequested(const QUuid &partId);

private:
    void updateSplitButton();

    QLabel *m_summary;
    QTreeWidget *m_notes;
    QPushButton *m_split;
};

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const QString &currentWorkspace, QWidget *parent = nullptr);
    // Writes the choices to AppSettings. Returns true when something needs a restart to take effect.
    bool apply();

private:
    QWidget *generalPage();
    QWidget *fontsPage();
    QWidget *publicationPage();
    void updateFontInfo();

    QString m_currentWorkspace;
    QLineEdit *m_userName;
    QLineEdit *m_organization;
    QComboBox *m_language;
    QLineEdit *m_workspace;
    QList<QComboBox *> m_fontChoices;
    QList<QLabel *> m_fontUsed;
    QPlainTextEdit *m_publicContacts;
};

// The version and licence; "Copy Diagnostics" puts diagnosticsText(workspace) on the clipboard.
void showAbout(QWidget *parent, Workspace *workspace);

}  // namespace fazhi::ui
