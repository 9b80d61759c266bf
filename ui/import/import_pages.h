#pragma once

class QWizardPage;

namespace kontor {

class ImportWizard;

QWizardPage *createImportFilePage(ImportWizard *wizard);
QWizardPage *createImportMappingPage(ImportWizard *wizard);
QWizardPage *createImportDuplicatesPage(ImportWizard *wizard);
QWizardPage *createImportCheckPage(ImportWizard *wizard);  // import_check_page.cpp
QWizardPage *createImportRunPage(ImportWizard *wizard);    // import_check_page.cpp

} // namespace kontor
