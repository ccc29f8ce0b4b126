#pragma once
// The review's small modal questions: a text (a comment, an opinion, a reply, the user's name, the
// reason for ignoring a finding), a suggested replacement of a text, and the publication date and
// web address.
//
// Like Prompts, every question has a seam: tests queue the answers (queueAnswer) so nothing blocks;
// with Prompts automatic and no answer queued, every question is cancelled.

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

class QWidget;

namespace fazhi::ui {

class ReviewInput {
    Q_DECLARE_TR_FUNCTIONS(ReviewInput)
public:
    struct TextQuestion {
        QString objectName;   // of the dialog, for tests and style
        QString title;
        QString label;        // what to write
        QString context;      // shown above the field, read-only (the quoted text, the current text)
        QString initial;
        QString placeholder;
        QString acceptText;   // the OK button's text; empty: "OK"
        bool required = true;
        bool multiLine = true;
    };
    // The text typed, trimmed; nullopt when cancelled.
    static std::optional<QString> askText(QWidget *parent, const TextQuestion &question);

    struct Publication {
        QDate date;
        QString url;
    };
    static std::optional<Publication> askPublication(QWidget *parent, const QDate &date, const QString &url);

    // Seams. Answers are used in order; nullopt cancels. A text question takes answer[0]; the
    // publication question takes {ISO date, url}.
    static void queueAnswer(const std::optional<QStringList> &answer);
    static void queueText(const QString &text) { queueAnswer(QStringList{text}); }
    static void clearAnswers();
    static int pendingAnswers();
    // The titles of the questions answered through the seams, oldest first.
    static const QStringList &asked();
    static void clearAsked();
};

}  // namespace fazhi::ui
