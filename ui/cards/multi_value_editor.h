#pragma once

#include <QList>
#include <QPair>
#include <QUrl>
#include <QWidget>

#include <functional>

class QGridLayout;
class QPushButton;

namespace kontor {

// Several labelled values of one kind — a person's emails, phones or messengers — each row
// with a label chooser, the value, an optional "open" button (write an email, call) and a
// remove button; "Add" appends a row. A row that fails `check` shows why right below it.
class MultiValueEditor : public QWidget
{
    Q_OBJECT
public:
    struct Spec
    {
        QString name;          // object name stem: "email" -> email_0, emailError_0, addEmail
        QList<QPair<QString, QString>> labels; // stored value, shown text
        bool editableLabel = false;            // messengers: any service name
        QString placeholder;
        QString addText;
        QString openText;                      // "" = no open button
        std::function<QUrl(const QString &)> link; // value -> mailto:/tel: URL
        std::function<QString(const QString &)> check; // value -> "" or why it is wrong
    };

    explicit MultiValueEditor(Spec spec, QWidget *parent = nullptr);

    // (label, value) pairs of the non-empty rows, in order.
    QList<QPair<QString, QString>> values() const;
    void setValues(const QList<QPair<QString, QString>> &values);
    // Runs `check` on every row and shows the messages; true when all rows are fine.
    bool validate();

signals:
    void edited();

private:
    struct Row;
    void addRow(const QString &label, const QString &value);
    void removeRow(int index, bool later);
    bool checkRow(int index);
    void relayout();

    Spec m_spec;
    QGridLayout *m_grid;
    QPushButton *m_add;
    QList<Row *> m_rows;
};

} // namespace kontor
