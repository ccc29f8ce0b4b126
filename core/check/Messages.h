#pragma once
// Every user-visible text of the checks, in one place: English source strings translated in the
// context "check" (QCoreApplication::translate("check", source)). The Chinese translations are in
// core/check/translations_zh_CN.tsv until they are merged into the .ts file.

#include <QList>
#include <QString>

namespace fazhi::check {

enum class Msg {
    // severities, categories
    SeverityError, SeverityWarning, SeverityHint,
    CategoryCompleteness, CategoryDetails, CategoryPunctuation, CategoryNumbering, CategoryWording,
    CategoryFacts, CategoryReuse,
    // rule titles and descriptions
    RuleRequiredContent, RuleRequiredContentInfo, RuleTitle, RuleTitleInfo, RuleDateFormat, RuleDateFormatInfo,
    RuleYearConsistency, RuleYearConsistencyInfo, RuleDeadline, RuleDeadlineInfo,
    RulePairedPunctuation, RulePairedPunctuationInfo, RuleHalfwidthPunctuation, RuleHalfwidthPunctuationInfo,
    RuleSpacing, RuleSpacingInfo, RuleRepeatedPunctuation, RuleRepeatedPunctuationInfo,
    RuleEnumeration, RuleEnumerationInfo, RuleOfficialTitle, RuleOfficialTitleInfo,
    RuleStandardTerm, RuleStandardTermInfo, RuleFactMismatch, RuleFactMismatchInfo,
    RuleNumberUnit, RuleNumberUnitInfo, RuleRepeatedText, RuleRepeatedTextInfo,
    // completeness
    MissingMeasures, MissingShortcomings, MissingLeadersDuty, MissingPlans,
    EmptyPart, EmptySection, EmptyOtherPart, NoCauses, NoLeaderActions,
    // details
    NoOrganization, NoYear, TitleNoOrganization, TitleNoYear, TitleOtherYear, TitleDuplicate, TitleForm,
    DateZeroPadding, DateNumeric, DateShortYear, DateChineseNumerals,
    HeadingOtherYear, PlansOtherYear, PlansNoYear, VagueYearFix, VagueYear,
    PublishedLate, ReportedLate, DeadlinePassed,
    // punctuation
    QuoteNoClose, QuoteNoOpen, BookTitleNoClose, BookTitleNoOpen, BracketNoClose, BracketNoOpen,
    BracketMixedWidth, Halfwidth, HalfwidthBrackets, StraySpace, DoubledMark, ConsecutiveMarks,
    // numbering
    NumeralLost, NumeralGap, NumeralRepeated, NumeralStart, NumberedLabel, LevelInSection,
    TypedPartLabel, TypedSectionLabel, TypedGeneratedLabel, ImportRestoredNumeral,
    // wording
    OfficialTitleForm, OfficialTitleMarks, StandardTermForm,
    // facts
    FactMismatch, NumberNoUnit,
    // reuse
    RepeatedSentence, RepeatedSentenceFigures,
    // display
    DisplayFix, DisplayIgnored, DisplaySummary,
    Count_  // keep last
};

// The English source text (a string literal; translated in the context "check").
const char *messageSource(Msg id);
// The translated text, placeholders (%1, %2 …) still in place.
QString message(Msg id);

// Every source string, in enum order (for tests and translators).
QList<const char *> allMessageSources();

}  // namespace fazhi::check
