#include "Messages.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace fazhi::check {

namespace {

struct Entry {
    Msg id;
    const char *source;
};

// The one table of texts; their Chinese is in resources/translations/fazhi_zh_CN.ts (a test checks that
// every one has it).
const Entry kMessages[] = {
    {Msg::SeverityError, QT_TRANSLATE_NOOP("check", "Error")},
    {Msg::SeverityWarning, QT_TRANSLATE_NOOP("check", "Warning")},
    {Msg::SeverityHint, QT_TRANSLATE_NOOP("check", "Hint")},
    {Msg::CategoryCompleteness, QT_TRANSLATE_NOOP("check", "Completeness")},
    {Msg::CategoryDetails, QT_TRANSLATE_NOOP("check", "Report details")},
    {Msg::CategoryPunctuation, QT_TRANSLATE_NOOP("check", "Punctuation")},
    {Msg::CategoryNumbering, QT_TRANSLATE_NOOP("check", "Numbering")},
    {Msg::CategoryWording, QT_TRANSLATE_NOOP("check", "Wording")},
    {Msg::CategoryFacts, QT_TRANSLATE_NOOP("check", "Figures")},
    {Msg::CategoryReuse, QT_TRANSLATE_NOOP("check", "Reuse")},
    {Msg::CategorySecrecy, QT_TRANSLATE_NOOP("check", "Secrecy")},
    {Msg::RuleRequiredContent, QT_TRANSLATE_NOOP("check", "Required content")},
    {Msg::RuleRequiredContentInfo, QT_TRANSLATE_NOOP("check", "The contents the regulation requires are present and filled in: measures and results, the principal leaders' duty, shortcomings and their causes, next year's plans.")},
    {Msg::RuleTitle, QT_TRANSLATE_NOOP("check", "Title")},
    {Msg::RuleTitleInfo, QT_TRANSLATE_NOOP("check", "The title names the organization and the year in the usual form, without repetition.")},
    {Msg::RuleDateFormat, QT_TRANSLATE_NOOP("check", "Date format")},
    {Msg::RuleDateFormatInfo, QT_TRANSLATE_NOOP("check", "Dates are written in full, without zero padding, e.g. 2024年2月22日.")},
    {Msg::RuleYearConsistency, QT_TRANSLATE_NOOP("check", "Years")},
    {Msg::RuleYearConsistencyInfo, QT_TRANSLATE_NOOP("check", "The years named agree with the report's year; no vague words such as 今年 or 明年.")},
    {Msg::RuleDeadline, QT_TRANSLATE_NOOP("check", "Deadlines")},
    {Msg::RuleDeadlineInfo, QT_TRANSLATE_NOOP("check", "The report is published before 1 April and reported up before the set date.")},
    {Msg::RulePairedPunctuation, QT_TRANSLATE_NOOP("check", "Paired marks")},
    {Msg::RulePairedPunctuationInfo, QT_TRANSLATE_NOOP("check", "Quotation marks, book-title marks and brackets come in pairs within a paragraph.")},
    {Msg::RuleHalfwidthPunctuation, QT_TRANSLATE_NOOP("check", "Half-width punctuation")},
    {Msg::RuleHalfwidthPunctuationInfo, QT_TRANSLATE_NOOP("check", "Chinese text uses full-width punctuation.")},
    {Msg::RuleSpacing, QT_TRANSLATE_NOOP("check", "Spaces")},
    {Msg::RuleSpacingInfo, QT_TRANSLATE_NOOP("check", "No spaces inside Chinese text.")},
    {Msg::RuleRepeatedPunctuation, QT_TRANSLATE_NOOP("check", "Repeated punctuation")},
    {Msg::RuleRepeatedPunctuationInfo, QT_TRANSLATE_NOOP("check", "No doubled punctuation marks such as ，， or 。。.")},
    {Msg::RuleEnumeration, QT_TRANSLATE_NOOP("check", "Enumeration")},
    {Msg::RuleEnumerationInfo, QT_TRANSLATE_NOOP("check", "Hand-typed enumerations are complete, in order and at the right level, with standard labels; repairs made by import are listed.")},
    {Msg::RuleImportRepair, QT_TRANSLATE_NOOP("check", "Import repairs")},
    {Msg::RuleImportRepairInfo, QT_TRANSLATE_NOOP("check", "What import read against the numbering or guessed (a work area numbered like a part, a damaged numeral, an organization taken from the signature …), to confirm against the original.")},
    {Msg::RuleOfficialTitle, QT_TRANSLATE_NOOP("check", "Document titles")},
    {Msg::RuleOfficialTitleInfo, QT_TRANSLATE_NOOP("check", "Documents are cited by their exact title, in book-title marks.")},
    {Msg::RuleStandardTerm, QT_TRANSLATE_NOOP("check", "Standard wording")},
    {Msg::RuleStandardTermInfo, QT_TRANSLATE_NOOP("check", "Formulations are written in their standard form, e.g. 习近平法治思想, “八五”普法.")},
    {Msg::RuleFactMismatch, QT_TRANSLATE_NOOP("check", "Figures agree")},
    {Msg::RuleFactMismatchInfo, QT_TRANSLATE_NOOP("check", "Figures in the text agree with the work area's facts.")},
    {Msg::RuleNumberUnit, QT_TRANSLATE_NOOP("check", "Units")},
    {Msg::RuleNumberUnitInfo, QT_TRANSLATE_NOOP("check", "Counts carry a unit such as 件, 次 or 人次.")},
    {Msg::RuleRepeatedText, QT_TRANSLATE_NOOP("check", "Text reused from last year")},
    {Msg::RuleRepeatedTextInfo, QT_TRANSLATE_NOOP("check", "Sentences are not copied unchanged from the previous year's report.")},
    {Msg::RuleSecrecyIdNumber, QT_TRANSLATE_NOOP("check", "ID numbers")},
    {Msg::RuleSecrecyIdNumberInfo, QT_TRANSLATE_NOOP("check", "A report for publication holds no citizen ID numbers, and a partly masked one hides at least the date of birth.")},
    {Msg::RuleSecrecyPhone, QT_TRANSLATE_NOOP("check", "Phone numbers")},
    {Msg::RuleSecrecyPhoneInfo, QT_TRANSLATE_NOOP("check", "A report for publication holds no mobile or landline numbers, except public service numbers (12345, 12348 …) and the office's published numbers listed in the settings.")},
    {Msg::RuleSecrecyBankCard, QT_TRANSLATE_NOOP("check", "Bank card numbers")},
    {Msg::RuleSecrecyBankCardInfo, QT_TRANSLATE_NOOP("check", "A report for publication holds no bank card or account numbers.")},
    {Msg::RuleSecrecyEmail, QT_TRANSLATE_NOOP("check", "E-mail addresses")},
    {Msg::RuleSecrecyEmailInfo, QT_TRANSLATE_NOOP("check", "A report for publication holds no personal e-mail addresses; government (.gov.cn) addresses and those listed in the settings are allowed.")},
    {Msg::RuleSecrecyPlate, QT_TRANSLATE_NOOP("check", "Licence plates")},
    {Msg::RuleSecrecyPlateInfo, QT_TRANSLATE_NOOP("check", "A report for publication holds no vehicle licence plate numbers.")},
    {Msg::RuleSecrecyMarking, QT_TRANSLATE_NOOP("check", "Secrecy markings")},
    {Msg::RuleSecrecyMarkingInfo, QT_TRANSLATE_NOOP("check", "No text marked 秘密, 机密, 绝密, 内部, 内部资料, 涉密, 工作秘密 or 不宜公开 goes into a report for publication.")},
    {Msg::RuleSecrecyParty, QT_TRANSLATE_NOOP("check", "Names of parties")},
    {Msg::RuleSecrecyPartyInfo, QT_TRANSLATE_NOOP("check", "Parties to cases and complaints are named in masked form, e.g. 张某.")},
    {Msg::RuleUndrawableCharacter, QT_TRANSLATE_NOOP("check", "Characters no font has")},
    {Msg::RuleUndrawableCharacterInfo, QT_TRANSLATE_NOOP("check", "A character that no installed font can draw prints as an empty box and is lost from the text of the PDF and the OFD.")},
    {Msg::MissingMeasures, QT_TRANSLATE_NOOP("check", "Missing content: the measures taken and their results (item 1 of the regulation).")},
    {Msg::MissingShortcomings, QT_TRANSLATE_NOOP("check", "Missing content: the shortcomings and their causes (item 2 of the regulation).")},
    {Msg::MissingLeadersDuty, QT_TRANSLATE_NOOP("check", "Missing content: how the principal Party and government leaders performed their duty as first responsible persons (item 3 of the regulation).")},
    {Msg::MissingPlans, QT_TRANSLATE_NOOP("check", "Missing content: the plans for the next year (item 4 of the regulation).")},
    {Msg::EmptyPart, QT_TRANSLATE_NOOP("check", "This part is empty; write its content.")},
    {Msg::EmptySection, QT_TRANSLATE_NOOP("check", "This work area is empty; write it or delete it.")},
    {Msg::EmptyOtherPart, QT_TRANSLATE_NOOP("check", "The part for other matters is empty; write it or delete the part.")},
    {Msg::NoCauses, QT_TRANSLATE_NOOP("check", "The shortcomings are listed without their causes; add the causes.")},
    {Msg::NoLeaderActions, QT_TRANSLATE_NOOP("check", "Say what the principal leaders did themselves: chaired, heard reports, studied, deployed, supervised.")},
    {Msg::NoOrganization, QT_TRANSLATE_NOOP("check", "The report's organization is not set.")},
    {Msg::NoYear, QT_TRANSLATE_NOOP("check", "The report's year is not set.")},
    {Msg::TitleNoOrganization, QT_TRANSLATE_NOOP("check", "The title does not name the organization (%1).")},
    {Msg::TitleNoYear, QT_TRANSLATE_NOOP("check", "The title does not name the year %1.")},
    {Msg::TitleOtherYear, QT_TRANSLATE_NOOP("check", "The title names the year %1, but the report is for %2.")},
    {Msg::TitleDuplicate, QT_TRANSLATE_NOOP("check", "“%1” appears twice in the title; delete the repetition.")},
    {Msg::TitleForm, QT_TRANSLATE_NOOP("check", "Unusual title; the usual form is [organization][year]年度法治政府建设情况报告.")},
    {Msg::DateZeroPadding, QT_TRANSLATE_NOOP("check", "Write dates without zero padding: %1.")},
    {Msg::DateNumeric, QT_TRANSLATE_NOOP("check", "Write dates in full: %1.")},
    {Msg::DateShortYear, QT_TRANSLATE_NOOP("check", "Write the year in full: %1.")},
    {Msg::DateChineseNumerals, QT_TRANSLATE_NOOP("check", "Write the date in Arabic numerals (GB/T 9704): %1.")},
    {Msg::HeadingOtherYear, QT_TRANSLATE_NOOP("check", "The report is for %2, but this heading names %1.")},
    {Msg::PlansOtherYear, QT_TRANSLATE_NOOP("check", "The plans are for %2, but this heading names %1.")},
    {Msg::PlansNoYear, QT_TRANSLATE_NOOP("check", "Name the plans' year in the heading: %1年.")},
    {Msg::VagueYearFix, QT_TRANSLATE_NOOP("check", "Vague time word “%1”; write the year: %2.")},
    {Msg::VagueYear, QT_TRANSLATE_NOOP("check", "Vague time word “%1”; write the year.")},
    {Msg::PublishedLate, QT_TRANSLATE_NOOP("check", "Published on %1; the regulation requires publication before 1 April %2.")},
    {Msg::ReportedLate, QT_TRANSLATE_NOOP("check", "Dated %1; the report is due to be reported up before %2.")},
    {Msg::DeadlinePassed, QT_TRANSLATE_NOOP("check", "The report was due to be reported up before %1 and has not been submitted yet.")},
    {Msg::DateNotSet, QT_TRANSLATE_NOOP("check", "The date written (成文日期) is not set: the signature block has no date. Set it in the report details before the report is approved.")},
    {Msg::DateNotSetAtReview, QT_TRANSLATE_NOOP("check", "The date written (成文日期) is not set: a report is not approved without its date. Return it to the drafter, or set the date once it is reopened.")},
    {Msg::QuoteNoClose, QT_TRANSLATE_NOOP("check", "Unpaired quotation marks: the closing %1 is missing.")},
    {Msg::QuoteNoOpen, QT_TRANSLATE_NOOP("check", "Unpaired quotation marks: the opening %1 is missing.")},
    {Msg::BookTitleNoClose, QT_TRANSLATE_NOOP("check", "Unpaired book-title marks: the closing %1 is missing.")},
    {Msg::BookTitleNoOpen, QT_TRANSLATE_NOOP("check", "Unpaired book-title marks: the opening %1 is missing.")},
    {Msg::BracketNoClose, QT_TRANSLATE_NOOP("check", "Unpaired brackets: the closing %1 is missing.")},
    {Msg::BracketNoOpen, QT_TRANSLATE_NOOP("check", "Unpaired brackets: the opening %1 is missing.")},
    {Msg::BracketMixedWidth, QT_TRANSLATE_NOOP("check", "Mismatched brackets: %1 is paired with the half-width %2; use %3.")},
    {Msg::Halfwidth, QT_TRANSLATE_NOOP("check", "Half-width %1 in Chinese text; use the full-width %2.")},
    {Msg::HalfwidthBrackets, QT_TRANSLATE_NOOP("check", "Half-width brackets %1 in Chinese text; use the full-width %2.")},
    {Msg::StraySpace, QT_TRANSLATE_NOOP("check", "Stray space in Chinese text; delete it.")},
    {Msg::DoubledMark, QT_TRANSLATE_NOOP("check", "Doubled punctuation mark %1; keep one.")},
    {Msg::ConsecutiveMarks, QT_TRANSLATE_NOOP("check", "Punctuation marks in a row (%1); keep the right one.")},
    {Msg::NumeralLost, QT_TRANSLATE_NOOP("check", "Enumeration numeral missing: “是” should read “%1”.")},
    {Msg::NumeralGap, QT_TRANSLATE_NOOP("check", "Enumeration out of sequence: “%1” follows “%2”; expected “%3”.")},
    {Msg::NumeralRepeated, QT_TRANSLATE_NOOP("check", "Enumeration repeats “%1”; expected “%2”.")},
    {Msg::NumeralStart, QT_TRANSLATE_NOOP("check", "Enumeration starts at “%1”; expected “%2”.")},
    {Msg::NumberedLabel, QT_TRANSLATE_NOOP("check", "Use “%1” rather than “%2” for a numbered item (GB/T 9704).")},
    {Msg::LevelInSection, QT_TRANSLATE_NOOP("check", "Numbering levels mixed up: “%1” does not belong inside a work area; use 1. or 一是.")},
    {Msg::TypedPartLabel, QT_TRANSLATE_NOOP("check", "Hand-typed part number “%1”; make this a part so that it is numbered automatically.")},
    {Msg::TypedSectionLabel, QT_TRANSLATE_NOOP("check", "Hand-typed work-area number “%1”; make this a work area so that it is numbered automatically.")},
    {Msg::TypedGeneratedLabel, QT_TRANSLATE_NOOP("check", "This is numbered automatically; delete the typed number “%1”.")},
    {Msg::ImportRestoredNumeral, QT_TRANSLATE_NOOP("check", "Import restored a lost enumeration numeral: “%1” became “%2”; check it.")},
    {Msg::OfficialTitleForm, QT_TRANSLATE_NOOP("check", "Document title not in its official form; write: %1")},
    {Msg::OfficialTitleMarks, QT_TRANSLATE_NOOP("check", "Document title without book-title marks; write: %1")},
    {Msg::StandardTermForm, QT_TRANSLATE_NOOP("check", "Non-standard wording; write: %1")},
    {Msg::FactMismatch, QT_TRANSLATE_NOOP("check", "This figure differs from the work area's facts: %1 is %2.")},
    {Msg::NumberNoUnit, QT_TRANSLATE_NOOP("check", "Figure without a unit: add the unit after %1 (件, 次, 人次 …).")},
    {Msg::RepeatedSentence, QT_TRANSLATE_NOOP("check", "Same sentence as in the %1 report; update it.")},
    {Msg::RepeatedSentenceFigures, QT_TRANSLATE_NOOP("check", "Same sentence, figures included, as in the %1 report; check and update it.")},
    {Msg::SecrecyIdNumber, QT_TRANSLATE_NOOP("check", "Citizen ID number in a report for publication; delete it.")},
    {Msg::SecrecyIdNumberCheckDigit, QT_TRANSLATE_NOOP("check", "This looks like a citizen ID number (its check digit does not match); if it is one, delete it.")},
    {Msg::SecrecyIdNumberMasked, QT_TRANSLATE_NOOP("check", "Partly masked ID number that still shows %1 digits; hide at least the date of birth (digits 7 to 14), or delete it.")},
    {Msg::SecrecyMobile, QT_TRANSLATE_NOOP("check", "Mobile phone number in a report for publication; delete it, or mask it as %1.")},
    {Msg::SecrecyLandline, QT_TRANSLATE_NOOP("check", "Phone number in a report for publication; delete it, or, if it is the office's published service number, add it to the published numbers in the settings.")},
    {Msg::SecrecyPhoneMasked, QT_TRANSLATE_NOOP("check", "Partly masked phone number that still shows %1 digits; hide at least four.")},
    {Msg::SecrecyBankCard, QT_TRANSLATE_NOOP("check", "Bank card number in a report for publication; delete it.")},
    {Msg::SecrecyEmail, QT_TRANSLATE_NOOP("check", "E-mail address in a report for publication; delete it, or, if it is the office's published address, add it to the published numbers in the settings.")},
    {Msg::SecrecyPlate, QT_TRANSLATE_NOOP("check", "Licence plate number in a report for publication; delete it, or mask it as %1.")},
    {Msg::SecrecyMarking, QT_TRANSLATE_NOOP("check", "Secrecy marking “%1”: text so marked is not for publication. Remove it from the report, or remove the marking only once the text is cleared for publication.")},
    {Msg::SecrecyParty, QT_TRANSLATE_NOOP("check", "Name of a party to a case or complaint (%1) in a report for publication; mask it as %2.")},
    {Msg::RuleTypo, QT_TRANSLATE_NOOP("check", "Typos")},
    {Msg::RuleTypoInfo, QT_TRANSLATE_NOOP("check", "Common misspellings and confusables of official documents: 布署, 以身作责, 截止/截至 …")},
    {Msg::RuleRepeatedWord, QT_TRANSLATE_NOOP("check", "Doubled words")},
    {Msg::RuleRepeatedWordInfo, QT_TRANSLATE_NOOP("check", "No word or phrase written twice in a row, such as 进一步进一步 or 的的; reduplication such as 层层 is allowed.")},
    {Msg::RuleTimeExpression, QT_TRANSLATE_NOOP("check", "Time expressions")},
    {Msg::RuleTimeExpressionInfo, QT_TRANSLATE_NOOP("check", "Time expressions in their standard form: 2023年以来 rather than 2023年来, 截至目前 rather than 截止目前.")},
    {Msg::TypoWrongChar, QT_TRANSLATE_NOOP("check", "Misspelling “%1”; write “%2”.")},
    {Msg::TypoDeadline, QT_TRANSLATE_NOOP("check", "截至 means “up to a time”, 截止 “to come to an end”: write “%2” for “%1”.")},
    {Msg::TypoPreferred, QT_TRANSLATE_NOOP("check", "In formal text write “%2” rather than “%1”.")},
    {Msg::TypoSense, QT_TRANSLATE_NOOP("check", "Check the sense: “%1” here is probably “%2”.")},
    {Msg::RepeatedWordDoubled, QT_TRANSLATE_NOOP("check", "“%1” is written twice in a row; delete one.")},
    {Msg::RepeatedWordInformal, QT_TRANSLATE_NOOP("check", "Informal reduplication “%1” in a formal report; check it.")},
    {Msg::TimeExpressionSince, QT_TRANSLATE_NOOP("check", "Time expression “%1”: write “%2”.")},
    {Msg::TimeExpressionRedundant, QT_TRANSLATE_NOOP("check", "Redundant time expression “%1”; write “%2”.")},
    {Msg::RuleFixedPhrase, QT_TRANSLATE_NOOP("check", "Set phrases and names")},
    {Msg::RuleFixedPhraseInfo, QT_TRANSLATE_NOOP("check", "The set phrases and names of this report type are complete (法治政府建设年度报告, 全面依法治县委员会), and two office names are separated by 、.")},
    {Msg::StandardTermSession, QT_TRANSLATE_NOOP("check", "Nonstandard name of a Party congress or plenary session “%1”; write “%2”.")},
    {Msg::StandardTermLegal, QT_TRANSLATE_NOOP("check", "Current usage (since the 2014 Fourth Plenary Session) is 法治 here: write “%2” for “%1”.")},
    {Msg::StandardTermLegalSystem, QT_TRANSLATE_NOOP("check", "法制 is right here (the fixed name of a system or office): write “%2” for “%1”.")},
    {Msg::StandardTermYears, QT_TRANSLATE_NOOP("check", "Wrong years in “%1”; the title reads “%2”.")},
    {Msg::StandardTermTitle, QT_TRANSLATE_NOOP("check", "The exact title is “%2”, not “%1”.")},
    {Msg::StandardTermWording, QT_TRANSLATE_NOOP("check", "Nonstandard formulation “%1”; write “%2”.")},
    {Msg::FixedPhraseIncomplete, QT_TRANSLATE_NOOP("check", "Set phrase incomplete: write “%2” for “%1”.")},
    {Msg::FixedPhraseGarbled, QT_TRANSLATE_NOOP("check", "Set phrase or name garbled: write “%2” for “%1”.")},
    {Msg::OfficesRunTogether, QT_TRANSLATE_NOOP("check", "Two office names run together in “%1”; write “%2”.")},
    {Msg::RuleTitlePunctuation, QT_TRANSLATE_NOOP("check", "Marks around titles and quotations")},
    {Msg::RuleTitlePunctuationInfo, QT_TRANSLATE_NOOP("check", "GB/T 15834: no 、 between adjacent titles in 《》 or quotations, no full stop inside a title, quotation marks of one shape.")},
    {Msg::TitleMarksSeparated, QT_TRANSLATE_NOOP("check", "No 、 between adjacent titles in 《》 or quotations (GB/T 15834); delete it.")},
    {Msg::TitleMarksStop, QT_TRANSLATE_NOOP("check", "No full stop inside book-title marks; delete it.")},
    {Msg::QuoteMixedShapes, QT_TRANSLATE_NOOP("check", "Quotation marks of mixed shapes (%1); use “ ” throughout.")},
    {Msg::QuoteStraight, QT_TRANSLATE_NOOP("check", "Straight quotation mark in Chinese text; use %1.")},
    {Msg::RuleHeadingPunctuation, QT_TRANSLATE_NOOP("check", "Heading punctuation")},
    {Msg::RuleHeadingPunctuationInfo, QT_TRANSLATE_NOOP("check", "Headings of one level end the same way: standalone headings without a full stop, run-in lead sentences with one.")},
    {Msg::RuleHeadingNumbering, QT_TRANSLATE_NOOP("check", "Heading numbering")},
    {Msg::RuleHeadingNumberingInfo, QT_TRANSLATE_NOOP("check", "Typed heading numerals run in order without skips, repeats or restarts, and one numeral family serves one level.")},
    {Msg::HeadingExtraStop, QT_TRANSLATE_NOOP("check", "This heading ends with “%1” while the other headings of its level do not; delete it.")},
    {Msg::HeadingMissingStop, QT_TRANSLATE_NOOP("check", "The other headings of this level end with “。”; end this one the same way.")},
    {Msg::HeadingEndsWithClauseMark, QT_TRANSLATE_NOOP("check", "A heading does not end with “%1”.")},
    {Msg::RunInLeadNoStop, QT_TRANSLATE_NOOP("check", "A run-in lead sentence ends with “。” before the text that follows it.")},
    {Msg::HeadingNumberGap, QT_TRANSLATE_NOOP("check", "Heading numbers skip: “%1” follows “%2”; expected “%3”.")},
    {Msg::HeadingNumberRepeated, QT_TRANSLATE_NOOP("check", "Heading number “%1” repeats; expected “%2”.")},
    {Msg::HeadingNumberRestart, QT_TRANSLATE_NOOP("check", "Heading numbers restart at “%1” after “%2”; expected “%3”.")},
    {Msg::HeadingFamilyTwoLevels, QT_TRANSLATE_NOOP("check", "“%1” is the numeral of the parts (一、二、…); a heading inside a part is numbered “%2”.")},
    {Msg::GroupedFindings, QT_TRANSLATE_NOOP("check", "%1 (%2 places in this text; one fix repairs them all).")},
    {Msg::TermListBadLine, QT_TRANSLATE_NOOP("check", "Line %1 is not an entry (write “wrong => right”, or one standard form): %2")},
    {Msg::TermListEmpty, QT_TRANSLATE_NOOP("check", "The file holds no entries (one entry a line; lines starting with # are comments).")},
    {Msg::DisplayFix, QT_TRANSLATE_NOOP("check", "fix: %1")},
    {Msg::DisplayIgnored, QT_TRANSLATE_NOOP("check", "ignored: %1")},
    {Msg::DisplaySummary, QT_TRANSLATE_NOOP("check", "Errors: %1, warnings: %2, hints: %3")},
};

static_assert(sizeof(kMessages) / sizeof(kMessages[0]) == std::size_t(Msg::Count_),
              "every Msg needs exactly one entry in kMessages, in enum order");

}  // namespace

const char *messageSource(Msg id)
{
    const auto index = std::size_t(id);
    if (index >= std::size(kMessages) || kMessages[index].id != id)
        return "";
    return kMessages[index].source;
}

QString message(Msg id) { return QCoreApplication::translate("check", messageSource(id)); }

QList<const char *> allMessageSources()
{
    QList<const char *> list;
    list.reserve(qsizetype(std::size(kMessages)));
    for (const Entry &e : kMessages)
        list.append(e.source);
    return list;
}

}  // namespace fazhi::check
