#include "customfields/custom_fields_dialog.h"

#include "customfields/custom_field_repository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QVBoxLayout>

namespace kontor {

CustomFieldsDialog::CustomFieldsDialog(Session session, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("customFieldsDialog"));
    setWindowTitle(tr("Custom Fields"));

    m_entities = new QTabBar;
    m_entities->setObjectName(QStringLiteral("entityTabs"));
    m_entities->addTab(tr("Contacts"));
    m_entities->addTab(tr("Companies"));
    m_entities->addTab(tr("Deals"));
    connect(m_entities, &QTabBar::currentChanged, this, [this] {
        m_lastDeleted = 0; // Undo Delete belongs to the tab it happened on
        if (m_undoDelete)
            m_undoDelete->hide();
        reload();
    });

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("fieldList"));
    m_list->setMinimumWidth(240);
    connect(m_list, &QListWidget::currentRowChanged, this, &CustomFieldsDialog::showField);

    auto *add = new QPushButton(tr("New Field"));
    add->setObjectName(QStringLiteral("newFieldButton"));
    connect(add, &QPushButton::clicked, this, &CustomFieldsDialog::startNew);
    m_up = new QPushButton(tr("Move Up"));
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    m_down = new QPushButton(tr("Move Down"));
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addStretch(1);
    listButtons->addWidget(m_up);
    listButtons->addWidget(m_down);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("fieldName"));
    m_name->setPlaceholderText(tr("e.g. Region, Budget, Contract end"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("fieldKind"));
    for (CustomField::Kind k : CustomField::kinds())
        m_kind->addItem(CustomField::kindTitle(k), CustomField::kindKey(k));
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            &CustomFieldsDialog::updateOptionsVisibility);
    m_optionsLabel = new QLabel(tr("Choices (one per line):"));
    m_options = new QPlainTextEdit;
    m_options->setObjectName(QStringLiteral("fieldOptions"));
    m_options->setTabChangesFocus(true);
    m_save = new QPushButton(tr("Save Field"));
    m_save->setObjectName(QStringLiteral("saveFieldButton"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &CustomFieldsDialog::saveField);
    m_delete = new QPushButton(tr("Delete Field"));
    m_delete->setObjectName(QStringLiteral("deleteFieldButton"));
    m_delete->setToolTip(tr("Hide this field and its values everywhere"));
    connect(m_delete, &QPushButton::clicked, this, &CustomFieldsDialog::deleteField);
    m_undoDelete = new QPushButton(tr("Undo Delete"));
    m_undoDelete->setObjectName(QStringLiteral("undoDeleteButton"));
    m_undoDelete->hide();
    connect(m_undoDelete, &QPushButton::clicked, this, &CustomFieldsDialog::undoDelete);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_kind);
    form->addRow(m_optionsLabel, m_options);
    auto *fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(m_save);
    fieldButtons->addWidget(m_delete);
    fieldButtons->addStretch(1);
    fieldButtons->addWidget(m_undoDelete);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(fieldButtons);
    right->addWidget(m_message);
    right->addStretch(1);

    auto *body = new QHBoxLayout;
    body->addLayout(left, 2);
    body->addSpacing(12);
    body->addLayout(right, 3);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_entities);
    layout->addLayout(body, 1);
    layout->addWidget(close);
    resize(760, 460);
    reload();
}

QString CustomFieldsDialog::currentEntity() const
{
    return CustomField::entities().value(m_entities->currentIndex());
}

void CustomFieldsDialog::setCurrentEntity(const QString &entity)
{
    const int at = int(CustomField::entities().indexOf(entity));
    if (at >= 0)
        m_entities->setCurrentIndex(at);
}

void CustomFieldsDialog::reload(qint64 selectId)
{
    const auto fields = CustomFieldRepository(m_session).fields(currentEntity());
    m_fields = fields ? *fields : QList<CustomField>{};
    if (!fields)
        setMessage(fields.error().message, true);
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = -1;
    for (const CustomField &f : std::as_const(m_fields)) {
        m_list->addItem(tr("%1 — %2").arg(f.name, CustomField::kindTitle(f.kind)));
        if (f.id == selectId)
            select = m_list->count() - 1;
    }
    if (select >= 0) {
        m_list->setCurrentRow(select);
        showField(select);
    } else {
        startNew();
    }
}

void CustomFieldsDialog::showField(int row)
{
    const bool existing = row >= 0 && row < m_fields.size();
    const CustomField f = existing ? m_fields.at(row) : CustomField{};
    m_name->setText(f.name);
    m_kind->setCurrentIndex(m_kind->findData(CustomField::kindKey(f.kind)));
    m_options->setPlainText(f.options.join(QLatin1Char('\n')));
    m_delete->setEnabled(existing);
    m_up->setEnabled(existing && row > 0);
    m_down->setEnabled(existing && row + 1 < m_fields.size());
    m_save->setText(existing ? tr("Save Field") : tr("Add Field"));
    updateOptionsVisibility();
}

void CustomFieldsDialog::startNew()
{
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
    }
    showField(-1);
    m_name->setFocus();
}

void CustomFieldsDialog::updateOptionsVisibility()
{
    const auto kind = CustomField::kindFromKey(m_kind->currentData().toString());
    const bool choices = kind && (*kind == CustomField::Kind::Choice
                                  || *kind == CustomField::Kind::MultiChoice);
    m_optionsLabel->setVisible(choices);
    m_options->setVisible(choices);
}

void CustomFieldsDialog::saveField()
{
    const int row = m_list->currentRow();
    CustomField f = row >= 0 && row < m_fields.size() ? m_fields.at(row) : CustomField{};
    f.entity = currentEntity();
    f.name = m_name->text().trimmed();
    f.kind = *CustomField::kindFromKey(m_kind->currentData().toString());
    f.options.clear();
    if (f.hasOptions()) {
        for (const QString &line : m_options->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                f.options << line.trimmed();
        }
    }
    const CustomFieldRepository repo(m_session);
    qint64 id = f.id;
    if (f.id) {
        if (const Status st = repo.updateField(f); !st) {
            setMessage(st.error().message, true);
            return;
        }
    } else {
        const auto added = repo.addField(f);
        if (!added) {
            setMessage(added.error().message, true);
            return;
        }
        id = *added;
    }
    setMessage(f.id ? tr("“%1” saved.").arg(f.name) : tr("“%1” added.").arg(f.name), false);
    reload(id);
    emit fieldsChanged(f.entity);
}

void CustomFieldsDialog::deleteField()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_fields.size())
        return;
    const CustomField f = m_fields.at(row);
    if (const Status st = CustomFieldRepository(m_session).removeField(f.id); !st) {
        setMessage(st.error().message, true);
        return;
    }
    m_lastDeleted = f.id;
    m_undoDelete->show();
    setMessage(tr("“%1” deleted with its values.").arg(f.name), false);
    reload();
    emit fieldsChanged(f.entity);
}

void CustomFieldsDialog::undoDelete()
{
    if (!m_lastDeleted)
        return;
    if (const Status st = CustomFieldRepository(m_session).restoreField(m_lastDeleted); !st) {
        setMessage(st.error().message, true);
        return;
    }
    const qint64 id = m_lastDeleted;
    m_lastDeleted = 0;
    m_undoDelete->hide();
    setMessage(tr("The field is back with its values."), false);
    reload(id);
    emit fieldsChanged(currentEntity());
}

void CustomFieldsDialog::move(int delta)
{
    const int row = m_list->currentRow();
    const int other = row + delta;
    if (row < 0 || other < 0 || other >= m_fields.size())
        return;
    // Positions are rewritten as 1..n so a swap always moves the field.
    QList<CustomField> ordered = m_fields;
    ordered.swapItemsAt(row, other);
    const CustomFieldRepository repo(m_session);
    for (int i = 0; i < ordered.size(); ++i) {
        if (ordered.at(i).position == i + 1)
            continue;
        ordered[i].position = i + 1;
        if (const Status st = repo.updateField(ordered.at(i)); !st) {
            setMessage(st.error().message, true);
            break;
        }
    }
    reload(m_fields.at(row).id);
    emit fieldsChanged(currentEntity());
}

void CustomFieldsDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

} // namespace kontor
