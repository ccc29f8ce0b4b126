#include "Rules.h"
#include "ImportNoteRules.h"

#include "Messages.h"

namespace fazhi::check {

QString toString(RuleCategory category)
{
    switch (category) {
    case RuleCategory::Completeness:
        return QStringLiteral("completeness");
    case RuleCategory::Details:
        return QStringLiteral("details");
    case RuleCategory::Punctuation:
        return QStringLiteral("punctuation");
    case RuleCategory::Numbering:
        return QStringLiteral("numbering");
    case RuleCategory::Wording:
        return QStringLiteral("wording");
    case RuleCategory::Facts:
        return QStringLiteral("facts");
    case RuleCategory::Reuse:
        return QStringLiteral("reuse");
    case RuleCategory::Secrecy:
        return QStringLiteral("secrecy");
    }
    return {};
}

QString displayName(RuleCategory category)
{
    switch (category) {
    case RuleCategory::Completeness:
        return message(Msg::CategoryCompleteness);
    case RuleCategory::Details:
        return message(Msg::CategoryDetails);
    case RuleCategory::Punctuation:
        return message(Msg::CategoryPunctuation);
    case RuleCategory::Numbering:
        return message(Msg::CategoryNumbering);
    case RuleCategory::Wording:
        return message(Msg::CategoryWording);
    case RuleCategory::Facts:
        return message(Msg::CategoryFacts);
    case RuleCategory::Reuse:
        return message(Msg::CategoryReuse);
    case RuleCategory::Secrecy:
        return message(Msg::CategorySecrecy);
    }
    return {};
}

QList<RuleInfo> allRules()
{
    struct Row {
        const QString &id;
        RuleCategory category;
        RuleScope scope;
        Msg title;
        Msg description;
    };
    const Row rows[] = {
        {RuleId::RequiredContent, RuleCategory::Completeness, RuleScope::Report, Msg::RuleRequiredContent, Msg::RuleRequiredContentInfo},
        {RuleId::Title, RuleCategory::Details, RuleScope::Report, Msg::RuleTitle, Msg::RuleTitleInfo},
        {RuleId::DateFormat, RuleCategory::Details, RuleScope::Text, Msg::RuleDateFormat, Msg::RuleDateFormatInfo},
        {RuleId::YearConsistency, RuleCategory::Details, RuleScope::Text, Msg::RuleYearConsistency, Msg::RuleYearConsistencyInfo},
        {RuleId::Deadline, RuleCategory::Details, RuleScope::Report, Msg::RuleDeadline, Msg::RuleDeadlineInfo},
        {RuleId::PairedPunctuation, RuleCategory::Punctuation, RuleScope::Text, Msg::RulePairedPunctuation, Msg::RulePairedPunctuationInfo},
        {RuleId::HalfwidthPunctuation, RuleCategory::Punctuation, RuleScope::Text, Msg::RuleHalfwidthPunctuation, Msg::RuleHalfwidthPunctuationInfo},
        {RuleId::Spacing, RuleCategory::Punctuation, RuleScope::Text, Msg::RuleSpacing, Msg::RuleSpacingInfo},
        {RuleId::RepeatedPunctuation, RuleCategory::Punctuation, RuleScope::Text, Msg::RuleRepeatedPunctuation, Msg::RuleRepeatedPunctuationInfo},
        {RuleId::TitlePunctuation, RuleCategory::Punctuation, RuleScope::Text, Msg::RuleTitlePunctuation, Msg::RuleTitlePunctuationInfo},
        {RuleId::HeadingPunctuation, RuleCategory::Punctuation, RuleScope::Report, Msg::RuleHeadingPunctuation, Msg::RuleHeadingPunctuationInfo},
        {RuleId::Enumeration, RuleCategory::Numbering, RuleScope::Text, Msg::RuleEnumeration, Msg::RuleEnumerationInfo},
        {RuleId::ImportRepair, RuleCategory::Numbering, RuleScope::Report, Msg::RuleImportRepair, Msg::RuleImportRepairInfo},
        {RuleId::HeadingNumbering, RuleCategory::Numbering, RuleScope::Report, Msg::RuleHeadingNumbering, Msg::RuleHeadingNumberingInfo},
        {RuleId::OfficialTitle, RuleCategory::Wording, RuleScope::Text, Msg::RuleOfficialTitle, Msg::RuleOfficialTitleInfo},
        {RuleId::StandardTerm, RuleCategory::Wording, RuleScope::Text, Msg::RuleStandardTerm, Msg::RuleStandardTermInfo},
        {RuleId::FixedPhrase, RuleCategory::Wording, RuleScope::Text, Msg::RuleFixedPhrase, Msg::RuleFixedPhraseInfo},
        {RuleId::Typo, RuleCategory::Wording, RuleScope::Text, Msg::RuleTypo, Msg::RuleTypoInfo},
        {RuleId::RepeatedWord, RuleCategory::Wording, RuleScope::Text, Msg::RuleRepeatedWord, Msg::RuleRepeatedWordInfo},
        {RuleId::TimeExpression, RuleCategory::Wording, RuleScope::Text, Msg::RuleTimeExpression, Msg::RuleTimeExpressionInfo},
        {RuleId::FactMismatch, RuleCategory::Facts, RuleScope::Text, Msg::RuleFactMismatch, Msg::RuleFactMismatchInfo},
        {RuleId::NumberUnit, RuleCategory::Facts, RuleScope::Text, Msg::RuleNumberUnit, Msg::RuleNumberUnitInfo},
        {RuleId::RepeatedText, RuleCategory::Reuse, RuleScope::Text, Msg::RuleRepeatedText, Msg::RuleRepeatedTextInfo},
        {RuleId::SecrecyIdNumber, RuleCategory::Secrecy, RuleScope::Text, Msg::RuleSecrecyIdNumber, Msg::RuleSecrecyIdNumberInfo},
        {RuleId::SecrecyPhone, RuleCategory::Secrecy, RuleScope::Text, Msg::RuleSecrecyPhone, Msg::RuleSecrecyPhoneInfo},
        {RuleId::SecrecyBankCard, RuleCategory::Secrecy, RuleScope::Text, Msg::RuleSecrecyBankCard, Msg::RuleSecrecyBankCardInfo},
        {RuleId::SecrecyEmail, RuleCategory::Secrecy, RuleScope::Text, Msg::RuleSecrecyEmail, Msg::RuleSecrecyEmailInfo},
        {RuleId::SecrecyPlate, RuleCategory::Secrecy, RuleScope::Text, Msg::RuleSecrecyPlate, Msg::RuleSecrecyPlateInfo},
        {RuleId::SecrecyMarking, RuleCategory::Secrecy, RuleScope::Text, Msg::RuleSecrecyMarking, Msg::RuleSecrecyMarkingInfo},
        {RuleId::SecrecyParty, RuleCategory::Secrecy, RuleScope::Text, Msg::RuleSecrecyParty, Msg::RuleSecrecyPartyInfo},
        {RuleId::UndrawableCharacter, RuleCategory::Details, RuleScope::Text, Msg::RuleUndrawableCharacter, Msg::RuleUndrawableCharacterInfo},
    };
    QList<RuleInfo> list;
    for (const Row &r : rows)
        list.append(RuleInfo{r.id, r.category, r.scope, message(r.title), message(r.description)});
    return list;
}

std::optional<RuleInfo> ruleInfo(const QString &id)
{
    for (const RuleInfo &info : allRules()) {
        if (info.id == id)
            return info;
    }
    return std::nullopt;
}

bool isSecrecyRule(const QString &id)
{
    return id == RuleId::SecrecyIdNumber || id == RuleId::SecrecyPhone || id == RuleId::SecrecyBankCard
        || id == RuleId::SecrecyEmail || id == RuleId::SecrecyPlate || id == RuleId::SecrecyMarking
        || id == RuleId::SecrecyParty;
}

}  // namespace fazhi::check
