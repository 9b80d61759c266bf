#pragma once

#include "contacts/contact_filter.h"
#include "session.h"

#include <QAbstractListModel>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace kontor {

class BackgroundQueue;

// The user's own and the shared contact segments, each with its count of matching contacts.
class SegmentListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, CountRole, SharedRole, NameRole };

    explicit SegmentListModel(Session session, QObject *parent = nullptr);

    // Reads the segments and their counts again; the error is returned and also kept.
    // Without `withCounts` every count shows as "…" until setCount() fills it in.
    Status reload(bool withCounts = true);
    void setCount(qint64 id, qint64 count);
    const Segment &segment(int row) const { return m_segments.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Session m_session;
    QList<Segment> m_segments;
};

// A side panel: "All contacts" and the segments; picking one narrows the list to it.
class SegmentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentPanel(Session session, QWidget *parent = nullptr);

    SegmentListModel *model() const { return m_model; }
    void reload();
    // Asks for a name and private/shared, saves `filter`, selects the new segment.
    void saveFilter(const ContactFilter &filter);
    // What the dialog would do, without it (also the tests' way in).
    Result<qint64> save(const QString &name, const ContactFilter &filter, bool shared);
    void choose(int row);
    // No segment is chosen any more (the filter bar was changed by hand).
    void clearChoice();

signals:
    void segmentChosen(const kontor::ContactFilter &filter);
    void allChosen();

private:
    void removeCurrent();
    void showError(const QString &message);

    Session m_session;
    SegmentListModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QPushButton *m_all = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_error = nullptr;
    BackgroundQueue *m_queue = nullptr; // counts on a worker (PagedModel::backgroundReads())
    quint64 m_countGeneration = 0;
};

} // namespace kontor
