#pragma once

#include "search/search_repository.h"

#include <QAbstractListModel>

namespace kontor {

// The hits of one quick search, best first. data() only reads the list it was given.
class QuickSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole, SubtitleRole };

    using QAbstractListModel::QAbstractListModel;

    void setHits(const QList<SearchHit> &hits);
    const QList<SearchHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // "Contact", "Company", "Deal", translated.
    static QString kindTitle(SearchHit::Kind kind);

private:
    QList<SearchHit> m_hits;
};

} // namespace kontor
