#pragma once
// The settings the desktop app and fazhi-cli both read, spelled once: their QSettings keys and
// defaults. The app's AppSettings (ui/common) lists them in its table; the CLI reads them directly.

namespace fazhi::settings {

inline constexpr const char *kUserName = "user/name";               // who did what in the review record
inline constexpr const char *kLanguage = "ui/language";             // "zh_CN" or "en"
inline constexpr const char *kDefaultLanguage = "zh_CN";            // whatever the system's locale
inline constexpr const char *kBackupKeepDays = "backups/keepDays";  // days; storage/Backups.h clamps it
// The office's own published phone numbers and e-mail addresses (a string list), which the secrecy
// rules allow (check::CheckContext::publicContacts).
inline constexpr const char *kPublicContacts = "checks/publicContacts";
// The office's own wording list for the checks, as plain text (check::TermList::parsePlainText:
// one entry a line, "错词 => 正词"), imported from a file in the checks panel or with fazhi-cli terms.
inline constexpr const char *kUserTerms = "checks/userTerms";

}  // namespace fazhi::settings
