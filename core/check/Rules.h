#pragma once
// The rules of the checks: stable ids (used in JSON, ignore entries and settings) and what a panel
// shows about them.

#include "Finding.h"

#include <QList>
#include <QString>

namespace fazhi::check {

namespace RuleId {
// completeness
inline const QString RequiredContent = QStringLiteral("required-content");
// report details
inline const QString Title = QStringLiteral("title");
inline const QString DateFormat = QStringLiteral("date-format");
inline const QString YearConsistency = QStringLiteral("year-consistency");
inline const QString Deadline = QStringLiteral("deadline");
// punctuation
inline const QString PairedPunctuation = QStringLiteral("paired-punctuation");
inline const QString HalfwidthPunctuation = QStringLiteral("halfwidth-punctuation");
inline const QString Spacing = QStringLiteral("spacing");
inline const QString RepeatedPunctuation = QStringLiteral("repeated-punctuation");
inline const QString TitlePunctuation = QStringLiteral("title-punctuation");
inline const QString HeadingPunctuation = QStringLiteral("heading-punctuation");
// numbering
inline const QString Enumeration = QStringLiteral("enumeration");
inline const QString HeadingNumbering = QStringLiteral("heading-numbering");
// wording
inline const QString OfficialTitle = QStringLiteral("official-title");
inline const QString StandardTerm = QStringLiteral("standard-term");
inline const QString FixedPhrase = QStringLiteral("fixed-phrase");
inline const QString Typo = QStringLiteral("typo");
inline const QString RepeatedWord = QStringLiteral("repeated-word");
inline const QString TimeExpression = QStringLiteral("time-expression");
// facts
inline const QString FactMismatch = QStringLiteral("fact-mismatch");
inline const QString NumberUnit = QStringLiteral("number-unit");
// reuse
inline const QString RepeatedText = QStringLiteral("repeated-text");
// secrecy (保密审查 before publication): see SecrecyRules.cpp
inline const QString SecrecyIdNumber = QStringLiteral("secrecy-id-number");
inline const QString SecrecyPhone = QStringLiteral("secrecy-phone");
inline const QString SecrecyBankCard = QStringLiteral("secrecy-bank-card");
inline const QString SecrecyEmail = QStringLiteral("secrecy-email");
inline const QString SecrecyPlate = QStringLiteral("secrecy-plate");
inline const QString SecrecyMarking = QStringLiteral("secrecy-marking");
inline const QString SecrecyParty = QStringLiteral("secrecy-party");
// printing: a character no installed font has (GlyphRules.cpp)
inline const QString UndrawableCharacter = QStringLiteral("undrawable-character");
}  // namespace RuleId

// Rule groups, in the order a panel lists them.
enum class RuleCategory { Completeness, Details, Punctuation, Numbering, Wording, Facts, Reuse, Secrecy };
QString toString(RuleCategory category);      // completeness, details, punctuation, …
QString displayName(RuleCategory category);   // translated

// Whether a rule looks at the whole report (re-run after every edit) or at one text at a time.
enum class RuleScope { Report, Text };

struct RuleInfo {
    QString id;
    RuleCategory category;
    RuleScope scope;
    QString title;        // translated, short ("成对标点")
    QString description;  // translated, one sentence
};

// Every rule, in panel order (translated with the translator installed at the time of the call).
QList<RuleInfo> allRules();
std::optional<RuleInfo> ruleInfo(const QString &id);
// Whether a rule belongs to the secrecy preflight (category Secrecy): its errors block publishing.
bool isSecrecyRule(const QString &id);

}  // namespace fazhi::check
