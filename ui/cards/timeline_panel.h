#pragma once

#include "cards/timeline_model.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace kontor {

// The right half of a card: quick "log a call / email / meeting / note" buttons over the
// history of the person or company.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    TimelinePanel(Session session, TimelineModel::Subject subject, qint64 id,
                  QWidget *parent = nullptr);

    TimelineModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Opens the log dialog (window-modal, not blocking) for this kind of activity.
    void logActivity(const QString &kind);
    void reload();
    // Off inside a tab that already says "History".
    void setTitleVisible(bool visible);

signals:
    void activityLogged(qint64 activityId);

private:
    void buildUi();
    void updateCount();

    Session m_session;
    TimelineModel::Subject m_subject;
    qint64 m_id;
    TimelineModel *m_model;
    QTableView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace kontor
