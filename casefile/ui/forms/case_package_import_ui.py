# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_package_import.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout)

class Ui_ImportCasePackageDialog(object):
    def setupUi(self, ImportCasePackageDialog):
        if not ImportCasePackageDialog.objectName():
            ImportCasePackageDialog.setObjectName(u"ImportCasePackageDialog")
        ImportCasePackageDialog.resize(760, 480)
        ImportCasePackageDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(ImportCasePackageDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.pathLabel = QLabel(ImportCasePackageDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.pathEdit = QLineEdit(ImportCasePackageDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathLayout.addWidget(self.pathEdit)

        self.chooseButton = QPushButton(ImportCasePackageDialog)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.pathLayout.addWidget(self.chooseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.pathLayout)

        self.passphraseLabel = QLabel(ImportCasePackageDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(ImportCasePackageDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.summaryLabel = QLabel(ImportCasePackageDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.conflictTree = QTreeWidget(ImportCasePackageDialog)
        self.conflictTree.setObjectName(u"conflictTree")
        self.conflictTree.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.conflictTree)

        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.keepAllButton = QPushButton(ImportCasePackageDialog)
        self.keepAllButton.setObjectName(u"keepAllButton")
        self.keepAllButton.setAutoDefault(False)

        self.choiceLayout.addWidget(self.keepAllButton)

        self.takeAllButton = QPushButton(ImportCasePackageDialog)
        self.takeAllButton.setObjectName(u"takeAllButton")
        self.takeAllButton.setAutoDefault(False)

        self.choiceLayout.addWidget(self.takeAllButton)

        self.choiceSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceSpacer)


        self.dialogLayout.addLayout(self.choiceLayout)

        self.progressBar = QProgressBar(ImportCasePackageDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(1000)
        self.progressBar.setValue(0)

        self.dialogLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ImportCasePackageDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(ImportCasePackageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.pathEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportCasePackageDialog)

        QMetaObject.connectSlotsByName(ImportCasePackageDialog)
    # setupUi

    def retranslateUi(self, ImportCasePackageDialog):
        ImportCasePackageDialog.setWindowTitle(QCoreApplication.translate("ImportCasePackageDialog", u"Import Case Package", None))
        self.pathLabel.setText(QCoreApplication.translate("ImportCasePackageDialog", u"Package &file:", None))
        self.chooseButton.setText(QCoreApplication.translate("ImportCasePackageDialog", u"Choose\u2026", None))
        self.passphraseLabel.setText(QCoreApplication.translate("ImportCasePackageDialog", u"&Passphrase:", None))
        self.passphraseEdit.setPlaceholderText(QCoreApplication.translate("ImportCasePackageDialog", u"only for an encrypted package", None))
        ___qtreewidgetitem = self.conflictTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ImportCasePackageDialog", u"Package", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ImportCasePackageDialog", u"Here", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ImportCasePackageDialog", u"Field", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ImportCasePackageDialog", u"Take the package's", None))
        self.keepAllButton.setText(QCoreApplication.translate("ImportCasePackageDialog", u"&Keep All Local", None))
        self.takeAllButton.setText(QCoreApplication.translate("ImportCasePackageDialog", u"&Take All from the Package", None))
    # retranslateUi

