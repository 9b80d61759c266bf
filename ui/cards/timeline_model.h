#pragma once

#include "lists/paged_model.h"
#include "session.h"
#include "timeline/timeline_repository.h"

#include <QList>

namespace kontor {

// A card's history, newest first, paged from SQL like every list: When | What | Who.
// "What" reads like a sentence ("Call: Pricing call", "Changed email, job title").
class TimelineModel : public PagedModel
{
    Q_OBJECT
public:
    enum class Subject { Contact, Company, Deal };
    enum Column { WhenColumn, WhatColumn, WhoColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 };

    TimelineModel(Session session, Subject subject, qint64 id, QObject *parent = nullptr);

    const TimelineEntry &entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The words a salesperson reads for an entry; public for the card's tests.
    static QString kindName(const QString &kind);
    static QString describe(const TimelineEntry &entry);

protected:
    Result<std::pair<QVariantList, bool>> appendPage(const PageRequest &request) override;
    Result<qint64> countRows(const QString &filter) const override;
    void clearRows() override { m_rows.clear(); }

private:
    TimelineRepository m_repo;
    Subject m_subject;
    qint64 m_id;
    QList<TimelineEntry> m_rows;
};

} // namespace kontor
