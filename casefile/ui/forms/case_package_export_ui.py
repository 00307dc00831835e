# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_package_export.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_ExportCasePackageDialog(object):
    def setupUi(self, ExportCasePackageDialog):
        if not ExportCasePackageDialog.objectName():
            ExportCasePackageDialog.setObjectName(u"ExportCasePackageDialog")
        ExportCasePackageDialog.resize(600, 260)
        ExportCasePackageDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(ExportCasePackageDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.pathLabel = QLabel(ExportCasePackageDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.pathEdit = QLineEdit(ExportCasePackageDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathLayout.addWidget(self.pathEdit)

        self.chooseButton = QPushButton(ExportCasePackageDialog)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.pathLayout.addWidget(self.chooseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.pathLayout)

        self.encryptCheck = QCheckBox(ExportCasePackageDialog)
        self.encryptCheck.setObjectName(u"encryptCheck")
        self.encryptCheck.setChecked(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.encryptCheck)

        self.passphraseLabel = QLabel(ExportCasePackageDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(ExportCasePackageDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.confirmLabel = QLabel(ExportCasePackageDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(ExportCasePackageDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.noteLabel = QLabel(ExportCasePackageDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.spacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.spacer)

        self.progressBar = QProgressBar(ExportCasePackageDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(1000)
        self.progressBar.setValue(0)

        self.dialogLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ExportCasePackageDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(ExportCasePackageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.pathEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportCasePackageDialog)

        QMetaObject.connectSlotsByName(ExportCasePackageDialog)
    # setupUi

    def retranslateUi(self, ExportCasePackageDialog):
        ExportCasePackageDialog.setWindowTitle(QCoreApplication.translate("ExportCasePackageDialog", u"Export Case Package", None))
        self.pathLabel.setText(QCoreApplication.translate("ExportCasePackageDialog", u"Package &file:", None))
        self.chooseButton.setText(QCoreApplication.translate("ExportCasePackageDialog", u"Choose\u2026", None))
        self.encryptCheck.setText(QCoreApplication.translate("ExportCasePackageDialog", u"&Encrypt with a passphrase", None))
        self.passphraseLabel.setText(QCoreApplication.translate("ExportCasePackageDialog", u"&Passphrase:", None))
        self.confirmLabel.setText(QCoreApplication.translate("ExportCasePackageDialog", u"Again, to &confirm:", None))
        self.noteLabel.setText(QCoreApplication.translate("ExportCasePackageDialog", u"The package holds the case, its evidence files and its audit trail. Encrypted, nothing in it (file names included) can be read without the passphrase; give it to the recipient another way than the file.", None))
    # retranslateUi

