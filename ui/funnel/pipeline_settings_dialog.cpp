#include "funnel/pipeline_settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kontor {

PipelineSettingsDialog::PipelineSettingsDialog(Session session, qint64 pipelineId, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_pipelines(new QComboBox)
    , m_reasonList(new QListWidget)
    , m_list(new QListWidget)
    , m_name(new QLineEdit)
    , m_probability(new QSpinBox)
    , m_kind(new QComboBox)
    , m_rotDays(new QSpinBox)
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("pipelineSettings"));
    m_pipeline.id = pipelineId;
    m_askTarget = [this](const Stage &doomed, const QList<Stage> &targets) -> qint64 {
        QStringList names;
        for (const Stage &s : targets)
            names << s.name;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Move Deals"), tr("Deals are still in “%1”. Move them to:").arg(doomed.name),
            names, 0, false, &ok);
        const int i = int(names.indexOf(chosen));
        return ok && i >= 0 ? targets.at(i).id : 0;
    };
    m_list->setObjectName(QStringLiteral("stageList"));
    m_name->setObjectName(QStringLiteral("stageName"));
    m_probability->setObjectName(QStringLiteral("stageProbability"));
    m_probability->setRange(0, 100);
    m_probability->setSuffix(QStringLiteral(" %"));
    m_kind->setObjectName(QStringLiteral("stageKind"));
    m_kind->addItem(tr("Open"), int(Stage::Kind::Open));
    m_kind->addItem(tr("Won"), int(Stage::Kind::Won));
    m_kind->addItem(tr("Lost"), int(Stage::Kind::Lost));
    m_rotDays->setObjectName(QStringLiteral("stageRotDays"));
    m_rotDays->setRange(0, 365);
    m_rotDays->setSpecialValueText(tr("never"));
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();

    auto button = [this](const QString &text, const char *name, auto slot) {
        auto *b = new QPushButton(text);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(button(tr("Add Stage"), "addStage", [this] { addStage(); }));
    buttons->addWidget(button(tr("Move Up"), "moveUp", [this] { moveSelected(-1); }));
    buttons->addWidget(button(tr("Move Down"), "moveDown", [this] { moveSelected(+1); }));
    buttons->addWidget(button(tr("Delete…"), "deleteStage", [this] { removeSelected(); }));
    buttons->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Win probability:"), m_probability);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Rots after idle days:"), m_rotDays);
    form->addRow(button(tr("Save Stage"), "saveStage", [this] { saveSelected(); }));

    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(buttons);
    top->addLayout(form, 1);
    auto *stagesBox = new QGroupBox(tr("Stages"));
    stagesBox->setLayout(top);

    // Which pipeline, and the pipelines themselves.
    m_pipelines->setObjectName(QStringLiteral("pipelineChoice"));
    auto *pipelineRow = new QHBoxLayout;
    pipelineRow->addWidget(new QLabel(tr("Pipeline:")));
    pipelineRow->addWidget(m_pipelines, 1);
    pipelineRow->addWidget(button(tr("Add Pipeline…"), "addPipeline", [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Pipeline"), tr("Name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            addPipeline(name);
    }));
    pipelineRow->addWidget(button(tr("Rename…"), "renamePipeline", [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Pipeline"), tr("Name:"),
                                                   QLineEdit::Normal, m_pipeline.name, &ok);
        if (ok)
            renamePipeline(name);
    }));
    pipelineRow->addWidget(button(tr("Delete Pipeline"), "deletePipeline", [this] { removePipeline(); }));

    // The reasons a deal can be lost for, shared by every pipeline.
    m_reasonList->setObjectName(QStringLiteral("lostReasonList"));
    auto *reasonButtons = new QVBoxLayout;
    reasonButtons->addWidget(button(tr("Add Reason…"), "addReason", [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Lost Reason"), tr("Reason:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            addLostReason(name);
    }));
    reasonButtons->addWidget(button(tr("Rename…"), "renameReason", [this] {
        const int row = m_reasonList->currentRow();
        if (row < 0 || row >= m_reasons.size())
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Lost Reason"), tr("Reason:"),
                                                   QLineEdit::Normal, m_reasons.at(row).name, &ok);
        if (ok)
            updateLostReason(row, name, m_reasons.at(row).active);
    }));
    reasonButtons->addWidget(button(tr("Offer / Retire"), "toggleReason", [this] {
        const int row = m_reasonList->currentRow();
        if (row >= 0 && row < m_reasons.size())
            updateLostReason(row, m_reasons.at(row).name, !m_reasons.at(row).active);
    }));
    reasonButtons->addStretch(1);
    auto *reasons = new QHBoxLayout;
    reasons->addWidget(m_reasonList, 1);
    reasons->addLayout(reasonButtons);
    auto *reasonsBox = new QGroupBox(tr("Lost reasons (all pipelines)"));
    reasonsBox->setLayout(reasons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pipelineRow);
    layout->addWidget(stagesBox, 3);
    layout->addWidget(reasonsBox, 2);
    layout->addWidget(m_error);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showSelected(); });
    connect(m_pipelines, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_pipeline.id = m_pipelines->currentData().toLongLong();
        reload(0);
    });
    resize(820, 620);
    reloadPipelines();
    reload(0);
    reloadReasons(0);
}

void PipelineSettingsDialog::reloadPipelines()
{
    auto all = PipelineRepository(m_session).list();
    if (!check(all ? Status() : Status(all.error())))
        return;
    m_filling = true;
    m_pipelines->clear();
    for (const Pipeline &p : std::as_const(*all))
        m_pipelines->addItem(p.name, p.id);
    int at = m_pipelines->findData(m_pipeline.id);
    if (at < 0 && m_pipelines->count() > 0) {
        at = 0;
        m_pipeline.id = m_pipelines->itemData(0).toLongLong();
    }
    m_pipelines->setCurrentIndex(at);
    m_filling = false;
}

void PipelineSettingsDialog::selectPipeline(qint64 id)
{
    const int at = m_pipelines->findData(id);
    if (at >= 0)
        m_pipelines->setCurrentIndex(at);
}

bool PipelineSettingsDialog::addPipeline(const QString &name)
{
    // A new pipeline starts with a usable funnel: one open stage and the two closing ones.
    Stage open;
    open.name = tr("New");
    open.probability = 10;
    Stage won;
    won.name = tr("Won");
    won.probability = 100;
    won.kind = Stage::Kind::Won;
    Stage lost;
    lost.name = tr("Lost");
    lost.kind = Stage::Kind::Lost;
    auto id = PipelineRepository(m_session).create(name, {open, won, lost});
    if (!check(id ? Status() : Status(id.error())))
        return false;
    m_pipeline.id = *id;
    reloadPipelines();
    reload(0);
    emit stagesChanged();
    return true;
}

bool PipelineSettingsDialog::renamePipeline(const QString &name)
{
    if (!check(PipelineRepository(m_session).rename(m_pipeline.id, name)))
        return false;
    reloadPipelines();
    reload(m_list->currentRow());
    emit stagesChanged();
    return true;
}

bool PipelineSettingsDialog::removePipeline()
{
    if (!check(PipelineRepository(m_session).removePipeline(m_pipeline.id)))
        return false;
    m_pipeline.id = 0;
    reloadPipelines();
    reload(0);
    emit stagesChanged();
    return true;
}

void PipelineSettingsDialog::reloadReasons(int selectRow)
{
    auto all = PipelineRepository(m_session).lostReasons(false);
    if (!check(all ? Status() : Status(all.error())))
        return;
    m_reasons = *all;
    m_reasonList->clear();
    for (const LostReason &r : std::as_const(m_reasons))
        m_reasonList->addItem(r.active ? r.name : tr("%1 (retired)").arg(r.name));
    if (!m_reasons.isEmpty())
        m_reasonList->setCurrentRow(qBound(0, selectRow, int(m_reasons.size()) - 1));
}

bool PipelineSettingsDialog::addLostReason(const QString &name)
{
    auto id = PipelineRepository(m_session).addLostReason(name);
    if (!check(id ? Status() : Status(id.error())))
        return false;
    reloadReasons(int(m_reasons.size()));
    emit stagesChanged();
    return true;
}

bool PipelineSettingsDialog::updateLostReason(int row, const QString &name, bool active)
{
    if (row < 0 || row >= m_reasons.size())
        return false;
    LostReason r = m_reasons.at(row);
    r.name = name;
    r.active = active;
    if (!check(PipelineRepository(m_session).updateLostReason(r)))
        return false;
    reloadReasons(row);
    emit stagesChanged();
    return true;
}

bool PipelineSettingsDialog::check(const Status &status)
{
    if (status) {
        m_error->hide();
        return true;
    }
    m_error->setText(status.error().message);
    m_error->show();
    return false;
}

void PipelineSettingsDialog::reload(int selectRow)
{
    auto p = PipelineRepository(m_session).get(m_pipeline.id);
    if (!check(p ? Status() : Status(p.error())))
        return;
    m_pipeline = *p;
    setWindowTitle(tr("Pipelines and Stages"));
    m_list->clear();
    for (const Stage &s : std::as_const(m_pipeline.stages))
        m_list->addItem(tr("%1 (%2 %)").arg(s.name).arg(s.probability));
    selectStage(qBound(0, selectRow, int(m_pipeline.stages.size()) - 1));
}

void PipelineSettingsDialog::selectStage(int row)
{
    m_list->setCurrentRow(row);
    showSelected();
}

void PipelineSettingsDialog::showSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_pipeline.stages.size())
        return;
    const Stage &s = m_pipeline.stages.at(row);
    m_name->setText(s.name);
    m_probability->setValue(s.probability);
    m_kind->setCurrentIndex(m_kind->findData(int(s.kind)));
    m_rotDays->setValue(s.rotDays);
}

void PipelineSettingsDialog::addStage()
{
    Stage s;
    s.pipelineId = m_pipeline.id;
    s.name = tr("New stage");
    auto id = PipelineRepository(m_session).addStage(s);
    if (!check(id ? Status() : Status(id.error())))
        return;
    reload(int(m_pipeline.stages.size()));
    emit stagesChanged();
}

void PipelineSettingsDialog::saveSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_pipeline.stages.size())
        return;
    Stage s = m_pipeline.stages.at(row);
    s.name = m_name->text();
    s.probability = m_probability->value();
    s.kind = Stage::Kind(m_kind->currentData().toInt());
    s.rotDays = m_rotDays->value();
    if (!check(PipelineRepository(m_session).updateStage(s)))
        return;
    reload(row);
    emit stagesChanged();
}

void PipelineSettingsDialog::moveSelected(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_pipeline.stages.size())
        return;
    QList<qint64> order;
    for (const Stage &s : std::as_const(m_pipeline.stages))
        order << s.id;
    order.swapItemsAt(row, to);
    if (!check(PipelineRepository(m_session).reorderStages(m_pipeline.id, order)))
        return;
    reload(to);
    emit stagesChanged();
}

void PipelineSettingsDialog::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_pipeline.stages.size())
        return;
    const Stage doomed = m_pipeline.stages.at(row);
    PipelineRepository repo(m_session);
    Status st = repo.removeStage(doomed.id);
    if (!st && st.error().kind == Error::Kind::Conflict) {
        // Deals sit in it: ask where they go (never to a lost stage, which needs reasons).
        QList<Stage> targets;
        for (const Stage &s : std::as_const(m_pipeline.stages)) {
            if (s.id != doomed.id && s.kind != Stage::Kind::Lost)
                targets << s;
        }
        const qint64 target = targets.isEmpty() ? 0 : m_askTarget(doomed, targets);
        if (!target)
            return;
        st = repo.removeStage(doomed.id, target);
    }
    if (!check(st))
        return;
    reload(row);
    emit stagesChanged();
}

} // namespace kontor
