#pragma once
// Where the review record of each report is kept: frozen revisions, the steps of the workflow and the
// comments (review/Review.h holds the values; workflow/ReviewWorkflow.h drives the steps). An abstract
// store beside ReportStore; the record is not part of the report, so writing it is no change of the
// report's text (no conflict with someone typing), except where a step changes the status.

#include "review/Review.h"
#include "util/Result.h"

#include <QList>
#include <QUuid>

namespace fazhi {

class ReviewStore {
public:
    virtual ~ReviewStore() = default;

    virtual Result<QList<Revision>> listRevisions(const QUuid &reportId, bool withContent = false) = 0;
    virtual Result<Revision> loadRevision(const QUuid &reportId, int number) = 0;
    virtual Result<QList<ReviewEvent>> listEvents(const QUuid &reportId) = 0;  // oldest first
    virtual Result<QList<Comment>> listComments(const QUuid &reportId) = 0;    // oldest first
    // Sets the status to event.statusAfter and records the event, in one transaction subject to the
    // report's conflict check. With `freeze`, the report as it is stored becomes the next revision,
    // whose number is returned (and stored in the event); otherwise 0.
    virtual Result<int> recordTransition(const QUuid &reportId, ReviewEvent event, bool freeze) = 0;
    // Inserts or updates a comment by its id.
    virtual Status saveComment(const QUuid &reportId, const Comment &comment) = 0;
    // For merging review copies: stored only when not yet present (by id / by number).
    virtual Status addEventIfAbsent(const QUuid &reportId, const ReviewEvent &event) = 0;
    virtual Status addRevisionIfAbsent(const QUuid &reportId, const Revision &revision) = 0;
};

}  // namespace fazhi
