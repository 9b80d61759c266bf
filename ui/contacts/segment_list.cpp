#include "contacts/segment_list.h"

#include "lists/background_queue.h"
#include "lists/paged_model.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor {

SegmentListModel::SegmentListModel(Session session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(std::move(session))
{
}

Status SegmentListModel::reload(bool withCounts)
{
    auto segments = SegmentRepository(m_session).list(withCounts);
    beginResetModel();
    m_segments = segments ? *segments : QList<Segment> {};
    endResetModel();
    if (!segments)
        return segments.error();
    return {};
}

void SegmentListModel::setCount(qint64 id, qint64 count)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_segments[row].count = count;
    emit dataChanged(index(row), index(row));
}

int SegmentListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_segments.size(); ++row) {
        if (m_segments.at(row).id == id)
            return row;
    }
    return -1;
}

int SegmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

QVariant SegmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Segment &s = m_segments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (s.count < 0)
            return tr("%1 (…)").arg(s.name); // counted on the worker
        return tr("%1 (%L2)").arg(s.name).arg(s.count);
    case Qt::ToolTipRole:
        if (s.count < 0)
            return tr("Counting…");
        return s.shared ? tr("Shared with the team: %Ln contact(s)", nullptr, int(s.count))
                        : tr("Only yours: %Ln contact(s)", nullptr, int(s.count));
    case IdRole:
        return s.id;
    case CountRole:
        return s.count;
    case SharedRole:
        return s.shared;
    case NameRole:
        return s.name;
    default:
        return {};
    }
}

SegmentPanel::SegmentPanel(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("segmentPanel"));
    m_model = new SegmentListModel(m_session, this);
    if (PagedModel::backgroundReads())
        m_queue = new BackgroundQueue(m_session, QStringLiteral("segment counts"), this);

    auto *title = new QLabel(tr("Segments"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_all = new QPushButton(tr("All Contacts"));
    m_all->setObjectName(QStringLiteral("allContactsButton"));
    m_all->setFlat(true);
    m_all->setToolTip(tr("Show every contact again"));
    connect(m_all, &QPushButton::clicked, this, [this] {
        clearChoice();
        emit allChosen();
    });

    m_view = new QListView;
    m_view->setObjectName(QStringLiteral("segmentList"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true); // long segment names wrap instead of scrolling sideways
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSpacing(2);
    connect(m_view, &QListView::clicked, this,
            [this](const QModelIndex &index) { choose(index.row()); });
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex &index) { choose(index.row()); });

    m_remove = new QPushButton(tr("Delete Segment"));
    m_remove->setObjectName(QStringLiteral("deleteSegmentButton"));
    m_remove->setToolTip(tr("Delete the chosen segment (the contacts stay)"));
    connect(m_remove, &QPushButton::clicked, this, &SegmentPanel::removeCurrent);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("segmentError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_all, 0, Qt::AlignLeft);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_remove);
    setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    setMaximumWidth(fontMetrics().averageCharWidth() * 28);
}

void SegmentPanel::reload()
{
    const qint64 current = m_view->currentIndex().isValid()
                               ? m_view->currentIndex().data(SegmentListModel::IdRole).toLongLong()
                               : 0;
    const bool background = m_queue != nullptr;
    const Status st = m_model->reload(!background);
    showError(st ? QString() : tr("The segments could not be read: %1").arg(st.error().message));
    if (background && st) {
        // Each count can scan much of a big base: they come one by one from the worker, and
        // a newer reload drops what an older one still had on its way.
        const quint64 generation = ++m_countGeneration;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const Segment &s = m_model->segment(r);
            const qint64 id = s.id;
            const ContactFilter filter = s.filter;
            const SegmentRepository repo(m_session);
            m_queue->run<Result<qint64>>(
                [repo, filter] { return repo.count(filter); },
                [this, id, generation](const Result<qint64> &n) {
                    if (generation != m_countGeneration)
                        return;
                    if (n)
                        m_model->setCount(id, *n);
                    else
                        showError(tr("The segments could not be counted: %1")
                                      .arg(n.error().message));
                });
        }
    }
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

Result<qint64> SegmentPanel::save(const QString &name, const ContactFilter &filter, bool shared)
{
    auto id = SegmentRepository(m_session).save(name.trimmed(), filter, shared);
    if (!id)
        return id;
    reload();
    const int row = m_model->rowOf(*id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
    return id;
}

void SegmentPanel::saveFilter(const ContactFilter &filter)
{
    QDialog dialog(window());
    dialog.setObjectName(QStringLiteral("saveSegmentDialog"));
    dialog.setWindowTitle(tr("Save as Segment"));
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("segmentName"));
    auto *shared = new QCheckBox(tr("&Shared with the team"));
    shared->setObjectName(QStringLiteral("segmentShared"));
    shared->setToolTip(tr("Unchecked, only you see this segment"));
    auto *error = new QLabel;
    error->setWordWrap(true);
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(QString(), shared);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (name->text().trimmed().isEmpty()) {
            error->setText(tr("Give the segment a name."));
            error->show();
            return;
        }
        const auto id = save(name->text(), filter, shared->isChecked());
        if (!id) {
            error->setText(id.error().message);
            error->show();
            return;
        }
        dialog.accept();
    });
    dialog.exec();
}

void SegmentPanel::choose(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->setCurrentIndex(m_model->index(row));
    emit segmentChosen(m_model->segment(row).filter);
}

void SegmentPanel::clearChoice()
{
    m_view->clearSelection();
    m_view->setCurrentIndex({});
}

void SegmentPanel::removeCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const QString name = index.data(SegmentListModel::NameRole).toString();
    if (QMessageBox::question(window(), tr("Delete Segment"),
                              tr("Delete the segment “%1”? The contacts in it stay.").arg(name))
        != QMessageBox::Yes)
        return;
    const Status st = SegmentRepository(m_session).remove(
        index.data(SegmentListModel::IdRole).toLongLong());
    if (!st) {
        showError(st.error().message);
        return;
    }
    reload();
}

void SegmentPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace kontor
