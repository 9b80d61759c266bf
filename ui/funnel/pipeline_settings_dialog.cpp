#include "funnel/pipeline_settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showSelected(); });
    reload(0);
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
    setWindowTitle(tr("Stages of “%1”").arg(m_pipeline.name));
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
