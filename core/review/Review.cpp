#include "Review.h"

namespace fazhi {

namespace {
const std::pair<CommentKind, const char *> kKinds[] = {
    {CommentKind::Comment, "comment"}, {CommentKind::Suggestion, "suggestion"}, {CommentKind::Reply, "reply"}};
const std::pair<CommentState, const char *> kStates[] = {
    {CommentState::Open, "open"}, {CommentState::Resolved, "resolved"},
    {CommentState::Accepted, "accepted"}, {CommentState::Rejected, "rejected"}};
}  // namespace

QString toString(CommentKind kind)
{
    for (const auto &[k, name] : kKinds)
        if (k == kind)
            return QLatin1String(name);
    return {};
}

QString toString(CommentState state)
{
    for (const auto &[s, name] : kStates)
        if (s == state)
            return QLatin1String(name);
    return {};
}

std::optional<CommentKind> commentKindFromString(const QString &s)
{
    for (const auto &[k, name] : kKinds)
        if (s == QLatin1String(name))
            return k;
    return std::nullopt;
}

std::optional<CommentState> commentStateFromString(const QString &s)
{
    for (const auto &[st, name] : kStates)
        if (s == QLatin1String(name))
            return st;
    return std::nullopt;
}

}  // namespace fazhi
