# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'party_link.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout)

from casefile.ui.widgets.date_edits import DateEdit

class Ui_PartyLinkDialog(object):
    def setupUi(self, PartyLinkDialog):
        if not PartyLinkDialog.objectName():
            PartyLinkDialog.setObjectName(u"PartyLinkDialog")
        PartyLinkDialog.resize(620, 480)
        PartyLinkDialog.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(PartyLinkDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.caseLabel = QLabel(PartyLinkDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(PartyLinkDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.searchLabel = QLabel(PartyLinkDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.searchLabel)

        self.searchEdit = QLineEdit(PartyLinkDialog)
        self.searchEdit.setObjectName(u"searchEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.searchEdit)

        self.resultsLabel = QLabel(PartyLinkDialog)
        self.resultsLabel.setObjectName(u"resultsLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.resultsLabel)

        self.resultsList = QListWidget(PartyLinkDialog)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setMinimumSize(QSize(0, 200))
        self.resultsList.setWordWrap(True)
        self.resultsList.setAlternatingRowColors(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resultsList)

        self.roleLabel = QLabel(PartyLinkDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(PartyLinkDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(PartyLinkDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PartyLinkDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.resultsLabel.setBuddy(self.resultsList)
        self.roleLabel.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartyLinkDialog)
        self.buttonBox.rejected.connect(PartyLinkDialog.reject)

        QMetaObject.connectSlotsByName(PartyLinkDialog)
    # setupUi

    def retranslateUi(self, PartyLinkDialog):
        PartyLinkDialog.setWindowTitle(QCoreApplication.translate("PartyLinkDialog", u"Link Existing Party", None))
        self.searchLabel.setText(QCoreApplication.translate("PartyLinkDialog", u"&Find:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PartyLinkDialog", u"a name, shop or seller ID, phone, credit code, domain\u2026", None))
        self.resultsLabel.setText(QCoreApplication.translate("PartyLinkDialog", u"&Parties:", None))
        self.roleLabel.setText(QCoreApplication.translate("PartyLinkDialog", u"&Role in this case:", None))
    # retranslateUi

