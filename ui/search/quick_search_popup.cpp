#include "search/quick_search_popup.h"

#include "cards/company_card.h"
#include "cards/contact_card.h"
#include "deals/deal_card.h"
#include "lists/list_module.h"
#include "search/quick_search_model.h"
#include "search/search_worker.h"
#include "shell/module.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace kontor {

namespace {

// Two lines per hit: the name, and under it in a quieter colour what it is and where.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(option.fontMetrics.height() * 2 + 14);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString subtitle = index.data(QuickSearchModel::SubtitleRole).toString();
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                               .adjusted(4, 5, -4, -5);
        const bool selected = opt.state & QStyle::State_Selected;
        painter->save();
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QFontMetrics boldMetrics(bold);
        painter->drawText(text.adjusted(0, 0, 0, -text.height() / 2), Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(index.data().toString(), Qt::ElideRight, text.width()));
        painter->setFont(opt.font);
        QColor dim = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        dim.setAlphaF(0.65f);
        painter->setPen(dim);
        painter->drawText(text.adjusted(0, text.height() / 2, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(subtitle, Qt::ElideRight, text.width()));
        painter->restore();
    }
};

} // namespace

QuickSearchPopup::QuickSearchPopup(Session session, QWidget *parent)
    : QDialog(parent, Qt::Dialog | Qt::FramelessWindowHint)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("quickSearch"));
    setWindowTitle(tr("Quick Search"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_field = new QLineEdit;
    m_field->setObjectName(QStringLiteral("quickSearchField"));
    m_field->setPlaceholderText(tr("Find a contact, company or deal — name, email, phone…"));
    m_field->setClearButtonEnabled(true);
    QFont big = m_field->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_field->setFont(big);
    m_field->installEventFilter(this);

    m_model = new QuickSearchModel(this);
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("quickSearchResults"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new HitDelegate(m_list));
    m_list->setIconSize(QSize(20, 20));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the field; arrows move the pick
    connect(m_list, &QListView::clicked, this, [this] { openCurrent(); });

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("quickSearchStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Type a name, part of an email or a phone number."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 10);
    layout->addWidget(m_field);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    setStyleSheet(QStringLiteral("QDialog#quickSearch { border: 1px solid palette(mid); }"));
    resize(620, 420);

    // Short pause: fast enough to feel instant, long enough that a fast typist starts one
    // query per word, not per key. The query itself runs on the worker.
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(120);
    connect(m_delay, &QTimer::timeout, this, &QuickSearchPopup::searchNow);
    connect(m_field, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));

    m_worker = new SearchWorker(m_session, this);
    connect(m_worker, &SearchWorker::found, this, &QuickSearchPopup::onFound);
}

void QuickSearchPopup::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Centred under the top edge of the window it belongs to, like a command palette.
    if (QWidget *owner = parentWidget() ? parentWidget()->window() : nullptr) {
        const QRect area = owner->geometry();
        move(area.center().x() - width() / 2, area.top() + 80);
    }
    m_field->setFocus();
    m_field->selectAll();
}

void QuickSearchPopup::searchNow()
{
    m_delay->stop();
    const QString text = m_field->text().trimmed();
    if (text.isEmpty()) {
        m_waitingFor = m_worker->request(QString(), 1); // drops answers still on their way
        m_shown = m_waitingFor;
        m_openWhenReady = false;
        m_model->setHits({});
        m_status->setText(tr("Type a name, part of an email or a phone number."));
        emit searched();
        return;
    }
    m_waitingFor = m_worker->request(text, 20);
}

void QuickSearchPopup::onFound(quint64 generation, const QList<SearchHit> &hits,
                               const QString &error)
{
    if (generation != m_waitingFor)
        return; // an older query answered late
    if (m_field->text().trimmed().isEmpty())
        return;
    m_shown = generation;
    m_model->setHits(hits);
    if (!error.isEmpty())
        m_status->setText(tr("Search failed: %1").arg(error));
    else if (hits.isEmpty())
        m_status->setText(tr("Nothing found for “%1”.").arg(m_field->text().trimmed()));
    else
        m_status->setText(tr("Enter opens the selected one; ↑ ↓ choose; Esc closes."));
    if (!hits.isEmpty())
        m_list->setCurrentIndex(m_model->index(0));
    emit searched();
    if (m_openWhenReady) {
        m_openWhenReady = false;
        openCurrent();
    }
}

bool QuickSearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_PageDown:
            moveSelection(5);
            return true;
        case Qt::Key_PageUp:
            moveSelection(-5);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Enter right after typing: open the first hit of what was typed, once it is in.
            if (m_delay->isActive())
                searchNow();
            if (m_shown != m_waitingFor)
                m_openWhenReady = true;
            else
                openCurrent();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickSearchPopup::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = qBound(0, m_list->currentIndex().row() + delta, rows - 1);
    m_list->setCurrentIndex(m_model->index(row));
}

void QuickSearchPopup::openCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    const QString kind = index.data(QuickSearchModel::KindRole).toString();
    const qint64 id = index.data(QuickSearchModel::IdRole).toLongLong();
    const QString title = index.data().toString();
    close();
    emit openRequested(kind, id, title);
}

void openSearchHit(const Session &session, const QString &kind, qint64 id, QWidget *window)
{
    if (kind == QLatin1String("contact")) {
        openContactCard(session, id, window);
    } else if (kind == QLatin1String("company")) {
        openCompanyCard(session, id, window);
    } else if (kind == QLatin1String("deal")) {
        openDealCard(session, id, window);
    }
}

} // namespace kontor
