#pragma once

class QTableView;
class QWizardPage;

namespace kontor {

class ImportWizard;

QWizardPage *createImportFilePage(ImportWizard *wizard);
QWizardPage *createImportMappingPage(ImportWizard *wizard);
QWizardPage *createImportDuplicatesPage(ImportWizard *wizard); // import_duplicates_page.cpp
QWizardPage *createImportCheckPage(ImportWizard *wizard);  // import_check_page.cpp
QWizardPage *createImportRunPage(ImportWizard *wizard);    // import_check_page.cpp

// Columns as wide as their text (up to a limit, so one long note does not push the rest out
// of sight), the last one taking what is left.
void fitColumns(QTableView *view);

} // namespace kontor
