"""Plural messages for lupdate (read by ``make translations-update``, never imported).

``display.plural(context, source, n)`` passes its source text through a
variable, which lupdate cannot see. Each such message is listed here once
as the call lupdate recognises as a plural (four arguments), so the .ts
files carry its plural forms (Russian has three). tests/gui/test_translations.py
checks that every ``plural(...)`` in src/casekeeper/gui is listed here.
"""

from PySide6.QtCore import QCoreApplication


QCoreApplication.translate("CaseView", "— %n overdue", None, 1)
QCoreApplication.translate("ClaimsTab", "Sources disagree on %n fact(s) of this case.", None, 1)
QCoreApplication.translate("EvidencePreview", "%n page(s), decrypted in memory only", None, 1)
QCoreApplication.translate("EvidenceTab", "Imported %n file(s) into {case}.", None, 1)
QCoreApplication.translate("EvidenceTab", "Imported %n file(s).", None, 1)
QCoreApplication.translate("EvidenceTab", "Importing %n item(s)…", None, 1)
QCoreApplication.translate("MainWindow", "%n case(s) found", None, 1)
QCoreApplication.translate("MainWindow", "%n case(s)", None, 1)
QCoreApplication.translate("DuplicatesView", "%n pair(s) of records may be one person each.", None, 1)
QCoreApplication.translate("StatisticsView", "%n case(s)", None, 1)
QCoreApplication.translate("StatisticsView", "%n event(s)", None, 1)
QCoreApplication.translate("StatisticsView", "%n event(s) without a place", None, 1)
QCoreApplication.translate("StatisticsView", "%n event(s) without a date", None, 1)
QCoreApplication.translate("StatisticsView", "%n event(s) known only by year, not in the months", None, 1)
