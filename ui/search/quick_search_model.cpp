#include "search/quick_search_model.h"

#include "shell/icons.h"

namespace kontor {

void QuickSearchModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int QuickSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString QuickSearchModel::kindTitle(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Contact:
        return tr("Contact");
    case SearchHit::Kind::Company:
        return tr("Company");
    case SearchHit::Kind::Deal:
        return tr("Deal");
    }
    return {};
}

QVariant QuickSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.title.isEmpty() ? tr("(no name)") : hit.title;
    case Qt::ToolTipRole:
        return kindTitle(hit.kind) + QStringLiteral(" · ") + hit.subtitle;
    case Qt::DecorationRole:
        switch (hit.kind) {
        case SearchHit::Kind::Contact:
            return moduleIcon(QStringLiteral("contacts"));
        case SearchHit::Kind::Company:
            return moduleIcon(QStringLiteral("companies"));
        case SearchHit::Kind::Deal:
            return moduleIcon(QStringLiteral("deals"));
        }
        return {};
    case KindRole:
        return SearchHit::kindName(hit.kind);
    case IdRole:
        return hit.id;
    case SubtitleRole:
        return kindTitle(hit.kind) + (hit.subtitle.isEmpty() ? QString()
                                                              : QStringLiteral(" · ") + hit.subtitle);
    default:
        return {};
    }
}

} // namespace kontor
