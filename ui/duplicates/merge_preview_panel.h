#pragma once

#include "contacts/duplicate_review.h"

#include <QMap>
#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLabel;

namespace kontor {

// The field-by-field preview of one merge: a row per field with both values side by side and
// a choice of which one wins (where they differ), then what the merged contact keeps from
// both: every email, phone, messenger and tag, and the activities, deals and tasks moved.
// Radio buttons are named keep_<field> / other_<field> (fields of ContactMerger::fields()).
class MergePreviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MergePreviewPanel(QWidget *parent = nullptr);

    void showPreview(const MergePreview &preview, const QString &keepName,
                     const QString &otherName);
    void clear();
    bool hasPreview() const { return m_preview.keepId != 0; }
    const MergePreview &preview() const { return m_preview; }
    // The chosen side of each field whose values differ.
    QMap<QString, qint64> winners() const;

    // A field's name for people ("Job title").
    static QString fieldLabel(const QString &field);

private:
    void updateSummary();

    MergePreview m_preview;
    QWidget *m_fields = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_keepHeader = nullptr;
    QLabel *m_otherHeader = nullptr;
    QLabel *m_summary = nullptr;
    QMap<QString, QButtonGroup *> m_choices;
};

} // namespace kontor
