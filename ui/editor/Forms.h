#pragma once
// One form per kind of node (report details, part, section, paragraph, point, fact), stacked: the
// outline's selection decides which one shows. Forms edit only through the ReportSession.
// Each form is in a file of its own (DetailsForm.cpp, PartForm.cpp, …); Forms.cpp holds the base
// class and the stack.

#include "edit/ReportSession.h"
#include "model/Report.h"
#include "model/ReportJson.h"

#include <QPointer>
#include <QStackedWidget>
#include <QUuid>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QScrollArea;
class QSpinBox;
class QPushButton;
class QToolButton;

namespace fazhi::ui {

class CharCountLabel;
class FactsEditor;
class FieldEdit;
class ParagraphListEditor;

class NodeForm : public QWidget {
    Q_OBJECT
public:
    explicit NodeForm(QWidget *parent = nullptr);

    // A null session unbinds the form.
    virtual void bind(ReportSession *session, const QUuid &id);
    virtual void onFieldChanged(const QUuid &id, const QString &field) = 0;
    virtual void onStructureChanged() = 0;
    virtual void setReadOnly(bool readOnly) = 0;
    // Puts the cursor into the editor of `id` when this form shows it.
    virtual bool focusNode(const QUuid &id, int cursor = -1);
    virtual QWidget *firstEditor() const = 0;

    QUuid nodeId() const { return m_id; }
    ReportSession *session() const { return m_session; }

signals:
    void nodeFocused(const QUuid &id);
    // The form made a node the user should continue in (e.g. Enter split a paragraph).
    void continueAt(const QUuid &id, int cursor);

protected:
    // Caption (what kind of thing this is), title (which one), and a breadcrumb of where it sits.
    void setHeader(const QString &caption, const QString &title, const QString &breadcrumb = QString());
    QWidget *body() const { return m_body; }
    QString breadcrumbFor(const QUuid &id) const;

    QPointer<ReportSession> m_session;
    QUuid m_id;

private:
    QLabel *m_caption;
    QLabel *m_title;
    QLabel *m_breadcrumb;
    QWidget *m_body;
};

class DetailsForm : public NodeForm {
    Q_OBJECT
public:
    explicit DetailsForm(QWidget *parent = nullptr);
    void bind(ReportSession *session, const QUuid &id) override;
    void onFieldChanged(const QUuid &id, const QString &field) override;
    void onStructureChanged() override;
    void setReadOnly(bool readOnly) override;
    bool focusNode(const QUuid &id, int cursor) override;
    QWidget *firstEditor() const override;

private:
    void load();
    void updatePlaceholders();
    void updateSummary();
    void setDate(const QDate &date);

    QLineEdit *m_organization;
    QSpinBox *m_year;
    QLineEdit *m_title;
    QLineEdit *m_addressee;
    QLineEdit *m_signature;
    QDateEdit *m_date;
    QToolButton *m_clearDate;
    QToolButton *m_today;
    QLineEdit *m_source;
    QLineEdit *m_publishedOn;
    QLineEdit *m_url;
    QLineEdit *m_documentNumber;
    ParagraphListEditor *m_preamble;  // paragraphs before the first part
    ParagraphListEditor *m_closing;   // paragraphs after the last part, before the signature
    QLabel *m_summary;
    bool m_loading = false;
};

class PartForm : public NodeForm {
    Q_OBJECT
public:
    explicit PartForm(QWidget *parent = nullptr);
    void bind(ReportSession *session, const QUuid &id) override;
    void onFieldChanged(const QUuid &id, const QString &field) override;
    void onStructureChanged() override;
    void setReadOnly(bool readOnly) override;
    bool focusNode(const QUuid &id, int cursor) override;
    QWidget *firstEditor() const override;

signals:
    void addSectionRequested(const QUuid &partId);

private:
    void load();
    void updateHeader();
    void updateGuidance();

    QComboBox *m_kind;
    FieldEdit *m_heading;
    CharCountLabel *m_headingCount;
    ParagraphListEditor *m_paragraphs;
    ParagraphListEditor *m_points;
    QLabel *m_sectionsInfo;
    QPushButton *m_addSection;
};

class SectionForm : public NodeForm {
    Q_OBJECT
public:
    explicit SectionForm(QWidget *parent = nullptr);
    void bind(ReportSession *session, const QUuid &id) override;
    void onFieldChanged(const QUuid &id, const QString &field) override;
    void onStructureChanged() override;
    void setReadOnly(bool readOnly) override;
    bool focusNode(const QUuid &id, int cursor) override;
    QWidget *firstEditor() const override;
    FieldEdit *leadEdit() const { return m_lead; }
    ParagraphListEditor *paragraphs() const { return m_paragraphs; }
    ParagraphListEditor *points() const { return m_points; }
    FactsEditor *facts() const { return m_facts; }

private:
    void load();
    void updateHeader();
    void updateGuidance();

    FieldEdit *m_lead;
    CharCountLabel *m_leadCount;
    QRadioButton *m_runIn;
    QRadioButton *m_standalone;
    ParagraphListEditor *m_paragraphs;
    ParagraphListEditor *m_points;
    FactsEditor *m_facts;
};

// A paragraph or a point selected on its own in the outline.
class TextNodeForm : public NodeForm {
    Q_OBJECT
public:
    explicit TextNodeForm(NodeType type, QWidget *parent = nullptr);
    void bind(ReportSession *session, const QUuid &id) override;
    void onFieldChanged(const QUuid &id, const QString &field) override;
    void onStructureChanged() override;
    void setReadOnly(bool readOnly) override;
    bool focusNode(const QUuid &id, int cursor) override;
    QWidget *firstEditor() const override;
    FieldEdit *edit() const { return m_edit; }

private:
    void load();
    void updateHeader();
    void split(const QStringList &pieces, int cursorInLast);
    void mergeWithPrevious();

    NodeType m_type;
    FieldEdit *m_edit;
    CharCountLabel *m_count;
    QComboBox *m_style = nullptr;
    QUuid m_containerId;
};

class FactForm : public NodeForm {
    Q_OBJECT
public:
    explicit FactForm(QWidget *parent = nullptr);
    void bind(ReportSession *session, const QUuid &id) override;
    void onFieldChanged(const QUuid &id, const QString &field) override;
    void onStructureChanged() override;
    void setReadOnly(bool readOnly) override;
    QWidget *firstEditor() const override;

private:
    void load();

    QLineEdit *m_label;
    QLineEdit *m_value;
    QLineEdit *m_qualifier;
    QLineEdit *m_unit;
    QLabel *m_sentence;
};

// The forms, each in its own scroll area; routes session signals to the form that shows.
class FormStack : public QStackedWidget {
    Q_OBJECT
public:
    explicit FormStack(QWidget *parent = nullptr);

    // A new session (a report opened, the same one again after a review step or a role switch): its
    // first form takes the keyboard, unless the user is working elsewhere (a list, a search typed).
    void setSession(ReportSession *session);
    // Shows the form for a node (null id: the empty page). When the keyboard was in the form it
    // replaces, it moves into the new one: it never falls out to the report list's search box.
    void showNode(const QUuid &id);
    QUuid currentNode() const;
    NodeForm *currentForm() const;
    bool focusNode(const QUuid &id, int cursor = -1);
    void setReadOnly(bool readOnly);

    // The form for a kind of node, made on first use.
    NodeForm *formFor(NodeType type);
    DetailsForm *detailsForm() { return static_cast<DetailsForm *>(formFor(NodeType::Report)); }
    PartForm *partForm() { return static_cast<PartForm *>(formFor(NodeType::Part)); }
    SectionForm *sectionForm() { return static_cast<SectionForm *>(formFor(NodeType::Section)); }
    TextNodeForm *paragraphForm() { return static_cast<TextNodeForm *>(formFor(NodeType::Paragraph)); }
    TextNodeForm *pointForm() { return static_cast<TextNodeForm *>(formFor(NodeType::Point)); }
    FactForm *factForm() { return static_cast<FactForm *>(formFor(NodeType::Fact)); }

signals:
    void nodeFocused(const QUuid &id);
    void continueAt(const QUuid &id, int cursor);
    void addSectionRequested(const QUuid &partId);

private:
    void onFieldChanged(const QUuid &id, const QString &field);
    void onStructureChanged();
    void ensureCaretVisible();
    static void showReadOnly(NodeForm *form, bool readOnly);
    QScrollArea *wrap(NodeForm *form);

    QPointer<ReportSession> m_session;
    QWidget *m_empty;
    DetailsForm *m_details = nullptr;
    PartForm *m_part = nullptr;
    SectionForm *m_section = nullptr;
    TextNodeForm *m_paragraph = nullptr;
    TextNodeForm *m_point = nullptr;
    FactForm *m_fact = nullptr;
    QList<NodeForm *> m_forms;
    bool m_readOnly = false;
    bool m_takeFocus = false;  // a new session's first form takes the keyboard (see setSession)
};

}  // namespace fazhi::ui
