#pragma once
// Building blocks of the forms: a character count, the undo pass-through for single-line boxes, the
// editable list of paragraphs or points of one container, and the table of facts of a section.

#include "edit/ReportSession.h"
#include "model/Report.h"

#include <QAbstractTableModel>
#include <QLabel>
#include <QPointer>
#include <QUuid>
#include <QWidget>
#include <vector>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;
class QVBoxLayout;

namespace fazhi::ui {

class FieldEdit;

// "128 字", kept current as the field changes.
class CharCountLabel : public QLabel {
    Q_OBJECT
public:
    explicit CharCountLabel(QWidget *parent = nullptr);
    void setCount(int count);
    void follow(FieldEdit *edit);
    void follow(QLineEdit *edit);
};

// Lets Ctrl+Z / Ctrl+Y reach the report's undo actions from a QLineEdit, a spin box or a date edit
// (their own undo would only know one box).
void passUndoShortcutsToWindow(QWidget *editor);

// In a scrolling form, the spin boxes, date edits and combo boxes under `form` take the mouse wheel
// only once they have keyboard focus (and the wheel no longer gives it): passing over them scrolls
// the form instead of changing 年度 or 成文日期. Applied once to every form (FormStack::wrap).
void guardWheelInScrollingForm(QWidget *form);

// The paragraphs or the points of one container (a part's intro, a section's body, or the report's
// preamble / closing), one growing field each. Enter splits a paragraph, Backspace at its start
// joins it to the previous one, pasting several lines makes several paragraphs. With nothing in the
// list, one empty field shows guidance; typing into it creates the first paragraph.
class ParagraphListEditor : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Paragraphs, Points };

    explicit ParagraphListEditor(Kind kind, QWidget *parent = nullptr);
    ~ParagraphListEditor() override;

    Kind kind() const { return m_kind; }
    void bind(ReportSession *session, const QUuid &containerId, const QString &slot = QString());
    void setPlaceholder(const QString &firstText, const QString &otherText = QString());
    void setTitle(const QString &title);
    void setReadOnly(bool readOnly);

    // Rebuilds the rows after a structural edit, keeping the editors (and focus) of surviving nodes.
    void sync();
    void refreshField(const QUuid &id);
    bool focusNode(const QUuid &id, int cursor = -1);
    bool holds(const QUuid &id) const;
    int rowCount() const { return int(m_rows.size()); }
    FieldEdit *editorAt(int row) const;
    QUuid addNew(int index = -1);  // inserts an empty paragraph/point and focuses it

signals:
    void nodeFocused(const QUuid &id);

private:
    struct Row;
    QList<QUuid> currentIds() const;
    PointStyle pointStyle() const;
    Row *createRow();
    void updateNumerals();
    void onEdited(Row *row, const QString &text);
    void onSplit(Row *row, const QStringList &pieces, int cursorInLast);
    void onMerge(Row *row);
    void onRemove(Row *row);
    bool insertItem(const QUuid &id, int index, const QString &text);
    int indexOf(const Row *row) const;

    Kind m_kind;
    QPointer<ReportSession> m_session;
    QUuid m_containerId;
    QString m_slot;
    QString m_placeholderFirst;
    QString m_placeholderOther;
    bool m_readOnly = false;
    std::vector<Row *> m_rows;
    QLabel *m_title = nullptr;
    QComboBox *m_style = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QPushButton *m_add = nullptr;
};

// The facts of a section as a table model: label, value, qualifier, unit; edits go to the session.
class FactsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Label, Value, Qualifier, Unit, ColumnCount };
    explicit FactsModel(QObject *parent = nullptr);

    void bind(ReportSession *session, const QUuid &sectionId);
    void sync();
    QUuid factId(int row) const;
    int rowOf(const QUuid &factId) const;
    static QString fieldName(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const QList<Fact> *facts() const;
    QPointer<ReportSession> m_session;
    QUuid m_sectionId;
    QList<QUuid> m_ids;
    bool m_readOnly = false;
    friend class FactsEditor;
};

class FactsEditor : public QWidget {
    Q_OBJECT
public:
    explicit FactsEditor(QWidget *parent = nullptr);
    void bind(ReportSession *session, const QUuid &sectionId);
    void sync();
    void setReadOnly(bool readOnly);
    QTableView *table() const { return m_table; }
    FactsModel *model() const { return m_model; }
    QUuid addFact();

private:
    void removeSelected();
    void fitHeight();

    FactsModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPointer<ReportSession> m_session;
    QUuid m_sectionId;
};

}  // namespace fazhi::ui
