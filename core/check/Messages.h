#pragma once
// Every user-visible text of the checks, in one place: English source strings translated in the
// context "check" (QCoreApplication::translate("check", source)). The Chinese translations are in
// resources/translations/fazhi_zh_CN.ts (context "check"); tests/check_test.cpp checks every one.

#include <QList>
#include <QString>

namespace fazhi::check {

enum class Msg {
    // severities, categories
    SeverityError, SeverityWarning, SeverityHint,
    CategoryCompleteness, CategoryDetails, CategoryPunctuation, CategoryNumbering, CategoryWording,
    CategoryFacts, CategoryReuse, CategorySecrecy,
    // rule titles and descriptions
    RuleRequiredContent, RuleRequiredContentInfo, RuleTitle, RuleTitleInfo, RuleDateFormat, RuleDateFormatInfo,
    RuleYearConsistency, RuleYearConsistencyInfo, RuleDeadline, RuleDeadlineInfo,
    RulePairedPunctuation, RulePairedPunctuationInfo, RuleHalfwidthPunctuation, RuleHalfwidthPunctuationInfo,
    RuleSpacing, RuleSpacingInfo, RuleRepeatedPunctuation, RuleRepeatedPunctuationInfo,
    RuleEnumeration, RuleEnumerationInfo, RuleImportRepair, RuleImportRepairInfo, RuleOfficialTitle, RuleOfficialTitleInfo,
    RuleStandardTerm, RuleStandardTermInfo, RuleFactMismatch, RuleFactMismatchInfo,
    RuleNumberUnit, RuleNumberUnitInfo, RuleRepeatedText, RuleRepeatedTextInfo,
    RuleSecrecyIdNumber, RuleSecrecyIdNumberInfo, RuleSecrecyPhone, RuleSecrecyPhoneInfo,
    RuleSecrecyBankCard, RuleSecrecyBankCardInfo, RuleSecrecyEmail, RuleSecrecyEmailInfo,
    RuleSecrecyPlate, RuleSecrecyPlateInfo, RuleSecrecyMarking, RuleSecrecyMarkingInfo,
    RuleSecrecyParty, RuleSecrecyPartyInfo, RuleUndrawableCharacter, RuleUndrawableCharacterInfo,
    // completeness
    MissingMeasures, MissingShortcomings, MissingLeadersDuty, MissingPlans,
    EmptyPart, EmptySection, EmptyOtherPart, NoCauses, NoLeaderActions,
    // details
    NoOrganization, NoYear, TitleNoOrganization, TitleNoYear, TitleOtherYear, TitleDuplicate, TitleForm,
    DateZeroPadding, DateNumeric, DateShortYear, DateChineseNumerals,
    HeadingOtherYear, PlansOtherYear, PlansNoYear, VagueYearFix, VagueYear,
    PublishedLate, ReportedLate, DeadlinePassed, DateNotSet, DateNotSetAtReview,
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
    // secrecy
    SecrecyIdNumber, SecrecyIdNumberCheckDigit, SecrecyIdNumberMasked, SecrecyMobile, SecrecyLandline,
    SecrecyPhoneMasked, SecrecyBankCard, SecrecyEmail, SecrecyPlate, SecrecyMarking, SecrecyParty,
    // proofreading (issue 15)
    RuleTypo, RuleTypoInfo, RuleRepeatedWord, RuleRepeatedWordInfo, RuleTimeExpression, RuleTimeExpressionInfo, TypoWrongChar, TypoDeadline, TypoPreferred, TypoSense, RepeatedWordDoubled, RepeatedWordInformal, TimeExpressionSince, TimeExpressionRedundant,
    RuleFixedPhrase, RuleFixedPhraseInfo, StandardTermSession, StandardTermLegal, StandardTermLegalSystem, StandardTermYears, StandardTermTitle, StandardTermWording, FixedPhraseIncomplete, FixedPhraseGarbled, OfficesRunTogether,
    RuleTitlePunctuation, RuleTitlePunctuationInfo, TitleMarksSeparated, TitleMarksStop, QuoteMixedShapes, QuoteStraight,
    RuleHeadingPunctuation, RuleHeadingPunctuationInfo, RuleHeadingNumbering, RuleHeadingNumberingInfo, HeadingExtraStop, HeadingMissingStop, HeadingEndsWithClauseMark, RunInLeadNoStop, HeadingNumberGap, HeadingNumberRepeated, HeadingNumberRestart, HeadingFamilyTwoLevels,
    GroupedFindings,
    TermListBadLine, TermListEmpty,
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
