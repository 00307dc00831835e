# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'deadlines_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_DeadlinesPanel(object):
    def setupUi(self, DeadlinesPanel):
        if not DeadlinesPanel.objectName():
            DeadlinesPanel.setObjectName(u"DeadlinesPanel")
        DeadlinesPanel.resize(640, 360)
        self.panelLayout = QVBoxLayout(DeadlinesPanel)
        self.panelLayout.setSpacing(6)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(DeadlinesPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.splitter.addWidget(self.table)
        self.table.verticalHeader().setVisible(False)
        self.explanationView = QTextBrowser(self.splitter)
        self.explanationView.setObjectName(u"explanationView")
        self.explanationView.setOpenLinks(False)
        self.splitter.addWidget(self.explanationView)

        self.panelLayout.addWidget(self.splitter)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(6)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(DeadlinesPanel)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.editButton = QPushButton(DeadlinesPanel)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(DeadlinesPanel)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonLayout.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.doneButton = QPushButton(DeadlinesPanel)
        self.doneButton.setObjectName(u"doneButton")

        self.buttonLayout.addWidget(self.doneButton)

        self.waiveButton = QPushButton(DeadlinesPanel)
        self.waiveButton.setObjectName(u"waiveButton")

        self.buttonLayout.addWidget(self.waiveButton)

        self.reopenButton = QPushButton(DeadlinesPanel)
        self.reopenButton.setObjectName(u"reopenButton")

        self.buttonLayout.addWidget(self.reopenButton)


        self.panelLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.table, self.explanationView)
        QWidget.setTabOrder(self.explanationView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.doneButton)
        QWidget.setTabOrder(self.doneButton, self.waiveButton)
        QWidget.setTabOrder(self.waiveButton, self.reopenButton)

        self.retranslateUi(DeadlinesPanel)

        QMetaObject.connectSlotsByName(DeadlinesPanel)
    # setupUi

    def retranslateUi(self, DeadlinesPanel):
#if QT_CONFIG(tooltip)
        self.explanationView.setToolTip(QCoreApplication.translate("DeadlinesPanel", u"How the selected deadline's date was worked out", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("DeadlinesPanel", u"Add a deadline to this case: a date of your own, or one counted by a rule from the day of an event", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("DeadlinesPanel", u"&Add Deadline\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("DeadlinesPanel", u"Change the selected deadline: its title, date, notes, reminders", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("DeadlinesPanel", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("DeadlinesPanel", u"Remove the selected deadline, added in error (the case's History keeps it)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("DeadlinesPanel", u"Remo&ve", None))
#if QT_CONFIG(tooltip)
        self.doneButton.setToolTip(QCoreApplication.translate("DeadlinesPanel", u"Mark the selected deadline done today: its reminders stop", None))
#endif // QT_CONFIG(tooltip)
        self.doneButton.setText(QCoreApplication.translate("DeadlinesPanel", u"&Mark Done", None))
#if QT_CONFIG(tooltip)
        self.waiveButton.setToolTip(QCoreApplication.translate("DeadlinesPanel", u"Waive the selected deadline, saying why: it no longer has to be met (e.g. the case settled)", None))
#endif // QT_CONFIG(tooltip)
        self.waiveButton.setText(QCoreApplication.translate("DeadlinesPanel", u"&Waive\u2026", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("DeadlinesPanel", u"Open the selected deadline again", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("DeadlinesPanel", u"Re&open", None))
        pass
    # retranslateUi

