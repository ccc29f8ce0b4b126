#pragma once
// Import of .txt and .docx reports from the window: each file is read and understood in a worker
// thread, with a progress dialog when that takes a moment, so a big document never freezes the
// window. Files dropped together are read one after another, in order.

#include "common/WorkProgress.h"
#include "model/Report.h"
#include "util/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

class QWidget;

namespace fazhi::ui {

class ImportController : public QObject {
    Q_OBJECT
public:
    explicit ImportController(QWidget *window);
    ~ImportController() override;

    // Queues a file; reading starts at once when nothing else is being read.
    void read(const QString &path);
    // A file is being read, or waits for its turn (until its fileRead has been handled).
    bool isBusy() const { return !m_path.isEmpty() || !m_queue.isEmpty(); }
    // The window closes: files not read yet are dropped, and the one being read is waited for and
    // dropped too (nothing was stored from it).
    void abandon();

signals:
    // A file was read, or could not be: in the GUI thread, in the order the files were queued.
    void fileRead(const QString &path, const fazhi::Result<fazhi::Report> &report);

private:
    void startNext();
    void onFinished();

    QFutureWatcher<Result<Report>> m_watcher;
    WorkProgress m_progress;
    QStringList m_queue;
    QString m_path;  // the file being read
};

}  // namespace fazhi::ui
