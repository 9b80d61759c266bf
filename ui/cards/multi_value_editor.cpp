#include "cards/multi_value_editor.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace kontor {

struct MultiValueEditor::Row
{
    QComboBox *label = nullptr;
    QLineEdit *value = nullptr;
    QToolButton *open = nullptr;
    QToolButton *remove = nullptr;
    QLabel *error = nullptr;
};

MultiValueEditor::MultiValueEditor(Spec spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(std::move(spec))
    , m_grid(new QGridLayout)
    , m_add(new QPushButton(m_spec.addText))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(4);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(1, 1);
    m_add->setObjectName(QStringLiteral("add_") + m_spec.name);
    m_add->setFlat(true);
    m_add->setStyleSheet(QStringLiteral("QPushButton { color: #2f6fd6; text-align: left; }"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow(m_spec.labels.isEmpty() ? QString() : m_spec.labels.first().first, QString());
        m_rows.last()->value->setFocus();
        emit edited();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_grid);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
}

QList<QPair<QString, QString>> MultiValueEditor::values() const
{
    QList<QPair<QString, QString>> out;
    for (const Row *row : m_rows) {
        const QString value = row->value->text().trimmed();
        if (value.isEmpty())
            continue;
        QString label = row->label->currentData().toString();
        if (label.isEmpty() || row->label->isEditable())
            label = row->label->currentText().trimmed();
        out.append({label, value});
    }
    return out;
}

void MultiValueEditor::setValues(const QList<QPair<QString, QString>> &values)
{
    while (!m_rows.isEmpty())
        removeRow(int(m_rows.size()) - 1, false);
    for (const auto &v : values)
        addRow(v.first, v.second);
}

void MultiValueEditor::addRow(const QString &label, const QString &value)
{
    auto *row = new Row;
    const int index = int(m_rows.size());
    row->label = new QComboBox;
    row->label->setEditable(m_spec.editableLabel);
    for (const auto &l : m_spec.labels)
        row->label->addItem(l.second, l.first);
    int at = row->label->findData(label);
    if (at < 0 && !label.isEmpty()) { // a label from an import or an older version
        row->label->addItem(label, label);
        at = row->label->count() - 1;
    }
    row->label->setCurrentIndex(qMax(0, at));
    row->label->setMinimumContentsLength(7);
    row->value = new QLineEdit(value);
    row->value->setObjectName(m_spec.name + QLatin1Char('_') + QString::number(index));
    row->value->setPlaceholderText(m_spec.placeholder);
    connect(row->value, &QLineEdit::textEdited, this, &MultiValueEditor::edited);
    connect(row->label, &QComboBox::currentIndexChanged, this, &MultiValueEditor::edited);
    connect(row->value, &QLineEdit::editingFinished, this, [this, row] {
        const int i = int(m_rows.indexOf(row));
        if (i >= 0)
            checkRow(i);
    });
    if (!m_spec.openText.isEmpty() && m_spec.link) {
        row->open = new QToolButton;
        row->open->setText(m_spec.openText);
        row->open->setObjectName(QStringLiteral("open_") + row->value->objectName());
        row->open->setToolTip(m_spec.openText);
        connect(row->open, &QToolButton::clicked, this, [this, row] {
            const QString v = row->value->text().trimmed();
            const QUrl url = v.isEmpty() ? QUrl() : m_spec.link(v);
            if (url.isValid() && !url.isEmpty())
                QDesktopServices::openUrl(url);
        });
    }
    row->remove = new QToolButton;
    row->remove->setText(QStringLiteral("✕"));
    row->remove->setToolTip(tr("Remove this line"));
    row->remove->setAutoRaise(true);
    connect(row->remove, &QToolButton::clicked, this, [this, row] {
        const int i = int(m_rows.indexOf(row));
        if (i >= 0) {
            removeRow(i, true);
            relayout();
            emit edited();
        }
    });
    row->error = new QLabel;
    row->error->setObjectName(m_spec.name + QStringLiteral("Error_") + QString::number(index));
    row->error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    row->error->setWordWrap(true);
    row->error->hide();
    m_rows.append(row);
    relayout();
}

void MultiValueEditor::removeRow(int index, bool later)
{
    Row *row = m_rows.takeAt(index);
    for (QWidget *w : {static_cast<QWidget *>(row->label), static_cast<QWidget *>(row->value),
                       static_cast<QWidget *>(row->open), static_cast<QWidget *>(row->remove),
                       static_cast<QWidget *>(row->error)}) {
        if (w) {
            m_grid->removeWidget(w);
            // A row's own remove button is still inside its clicked() here.
            if (later)
                w->deleteLater();
            else
                delete w;
        }
    }
    delete row;
}

void MultiValueEditor::relayout()
{
    // Each value takes two grid rows: the editors, then its (usually hidden) message. Object
    // names follow the position so tests and screen readers see email_0, email_1, ...
    // Take everything out first: adding a widget that is still in the grid warns.
    for (Row *row : qAsConst(m_rows)) {
        for (QWidget *w : {static_cast<QWidget *>(row->label), static_cast<QWidget *>(row->value),
                           static_cast<QWidget *>(row->open), static_cast<QWidget *>(row->remove),
                           static_cast<QWidget *>(row->error)}) {
            if (w)
                m_grid->removeWidget(w);
        }
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        Row *row = m_rows.at(i);
        row->value->setObjectName(m_spec.name + QLatin1Char('_') + QString::number(i));
        row->error->setObjectName(m_spec.name + QStringLiteral("Error_") + QString::number(i));
        m_grid->addWidget(row->label, 2 * i, 0);
        m_grid->addWidget(row->value, 2 * i, 1);
        if (row->open)
            m_grid->addWidget(row->open, 2 * i, 2);
        m_grid->addWidget(row->remove, 2 * i, 3);
        m_grid->addWidget(row->error, 2 * i + 1, 1, 1, 3);
    }
}

bool MultiValueEditor::checkRow(int index)
{
    Row *row = m_rows.at(index);
    const QString value = row->value->text().trimmed();
    const QString problem = value.isEmpty() || !m_spec.check ? QString() : m_spec.check(value);
    row->error->setText(problem);
    row->error->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

bool MultiValueEditor::validate()
{
    bool ok = true;
    for (int i = 0; i < m_rows.size(); ++i)
        ok = checkRow(i) && ok;
    return ok;
}

} // namespace kontor
