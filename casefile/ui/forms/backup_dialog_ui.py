# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_BackupDialog(object):
    def setupUi(self, BackupDialog):
        if not BackupDialog.objectName():
            BackupDialog.setObjectName(u"BackupDialog")
        BackupDialog.resize(600, 330)
        self.dialogLayout = QVBoxLayout(BackupDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 12)
        self.introLabel = QLabel(BackupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.lastLabel = QLabel(BackupDialog)
        self.lastLabel.setObjectName(u"lastLabel")
        self.lastLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.lastLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.lastLabel)

        self.folderRadio = QRadioButton(BackupDialog)
        self.folderRadio.setObjectName(u"folderRadio")
        self.folderRadio.setChecked(True)

        self.dialogLayout.addWidget(self.folderRadio)

        self.fileRadio = QRadioButton(BackupDialog)
        self.fileRadio.setObjectName(u"fileRadio")

        self.dialogLayout.addWidget(self.fileRadio)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setSpacing(8)
        self.pathLayout.setObjectName(u"pathLayout")
        self.pathLabel = QLabel(BackupDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.pathLayout.addWidget(self.pathLabel)

        self.pathEdit = QLineEdit(BackupDialog)
        self.pathEdit.setObjectName(u"pathEdit")
        self.pathEdit.setClearButtonEnabled(True)

        self.pathLayout.addWidget(self.pathEdit)

        self.chooseButton = QPushButton(BackupDialog)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.pathLayout.addWidget(self.chooseButton)


        self.dialogLayout.addLayout(self.pathLayout)

        self.hintLabel = QLabel(BackupDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.progressBar = QProgressBar(BackupDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.buttonLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(BackupDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.buttonLayout.addWidget(self.statusLabel)

        self.backUpButton = QPushButton(BackupDialog)
        self.backUpButton.setObjectName(u"backUpButton")

        self.buttonLayout.addWidget(self.backUpButton)

        self.closeButton = QPushButton(BackupDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.folderRadio, self.fileRadio)
        QWidget.setTabOrder(self.fileRadio, self.pathEdit)
        QWidget.setTabOrder(self.pathEdit, self.chooseButton)
        QWidget.setTabOrder(self.chooseButton, self.backUpButton)
        QWidget.setTabOrder(self.backUpButton, self.closeButton)

        self.retranslateUi(BackupDialog)

        self.backUpButton.setDefault(True)


        QMetaObject.connectSlotsByName(BackupDialog)
    # setupUi

    def retranslateUi(self, BackupDialog):
        BackupDialog.setWindowTitle(QCoreApplication.translate("BackupDialog", u"Back Up", None))
        self.folderRadio.setText(QCoreApplication.translate("BackupDialog", u"A backup &folder: dated backups, each evidence file stored once (quick to repeat)", None))
        self.fileRadio.setText(QCoreApplication.translate("BackupDialog", u"One fi&le holding everything (to copy or hand over)", None))
        self.pathLabel.setText(QCoreApplication.translate("BackupDialog", u"Back up &to:", None))
        self.chooseButton.setText(QCoreApplication.translate("BackupDialog", u"&Choose\u2026", None))
        self.backUpButton.setText(QCoreApplication.translate("BackupDialog", u"&Back Up", None))
        self.closeButton.setText(QCoreApplication.translate("BackupDialog", u"Close", None))
    # retranslateUi

