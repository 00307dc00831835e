# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'listing_import.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget)

class Ui_ListingImportDialog(object):
    def setupUi(self, ListingImportDialog):
        if not ListingImportDialog.objectName():
            ListingImportDialog.setObjectName(u"ListingImportDialog")
        ListingImportDialog.resize(960, 640)
        self.dialogLayout = QVBoxLayout(ListingImportDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 12)
        self.introLabel = QLabel(ListingImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setSpacing(8)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(ListingImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.pathEdit = QLineEdit(ListingImportDialog)
        self.pathEdit.setObjectName(u"pathEdit")
        self.pathEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.pathEdit)

        self.chooseButton = QPushButton(ListingImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.chooseButton)


        self.dialogLayout.addLayout(self.fileLayout)

        self.mappingLabel = QLabel(ListingImportDialog)
        self.mappingLabel.setObjectName(u"mappingLabel")
        self.mappingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.mappingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.mappingLabel)

        self.platformLayout = QHBoxLayout()
        self.platformLayout.setSpacing(8)
        self.platformLayout.setObjectName(u"platformLayout")
        self.platformLabel = QLabel(ListingImportDialog)
        self.platformLabel.setObjectName(u"platformLabel")

        self.platformLayout.addWidget(self.platformLabel)

        self.platformCombo = QComboBox(ListingImportDialog)
        self.platformCombo.setObjectName(u"platformCombo")

        self.platformLayout.addWidget(self.platformCombo)

        self.platformSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.platformLayout.addItem(self.platformSpacer)

        self.platformLayout.setStretch(2, 1)

        self.dialogLayout.addLayout(self.platformLayout)

        self.previewTable = QTableWidget(ListingImportDialog)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.dialogLayout.addWidget(self.previewTable)

        self.previewNote = QLabel(ListingImportDialog)
        self.previewNote.setObjectName(u"previewNote")
        self.previewNote.setTextFormat(Qt.TextFormat.PlainText)
        self.previewNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.previewNote)

        self.progressBox = QWidget(ListingImportDialog)
        self.progressBox.setObjectName(u"progressBox")
        self.progressLayout = QVBoxLayout(self.progressBox)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLayout.setContentsMargins(0, 0, 0, 0)
        self.progressLabel = QLabel(self.progressBox)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.progressLayout.addWidget(self.progressLabel)

        self.progressBar = QProgressBar(self.progressBox)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressLayout.addWidget(self.progressBar)


        self.dialogLayout.addWidget(self.progressBox)

        self.reportFrame = QFrame(ListingImportDialog)
        self.reportFrame.setObjectName(u"reportFrame")
        self.reportFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.reportLayout = QHBoxLayout(self.reportFrame)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportLayout.setContentsMargins(12, 10, 12, 10)
        self.reportLabel = QLabel(self.reportFrame)
        self.reportLabel.setObjectName(u"reportLabel")
        self.reportLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.reportLabel.setWordWrap(True)
        self.reportLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reportLayout.addWidget(self.reportLabel)

        self.exportButton = QPushButton(self.reportFrame)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setAutoDefault(False)

        self.reportLayout.addWidget(self.exportButton)

        self.reportLayout.setStretch(0, 1)

        self.dialogLayout.addWidget(self.reportFrame)

        self.errorLabel = QLabel(ListingImportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c42b1c;")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ListingImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.chooseButton)
        self.platformLabel.setBuddy(self.platformCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ListingImportDialog)

        QMetaObject.connectSlotsByName(ListingImportDialog)
    # setupUi

    def retranslateUi(self, ListingImportDialog):
        ListingImportDialog.setWindowTitle(QCoreApplication.translate("ListingImportDialog", u"Import Listings", None))
        self.fileLabel.setText(QCoreApplication.translate("ListingImportDialog", u"&File:", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("ListingImportDialog", u"A CSV or XLSX file of listings exported by a monitoring tool", None))
#if QT_CONFIG(tooltip)
        self.chooseButton.setToolTip(QCoreApplication.translate("ListingImportDialog", u"Pick the monitoring tool's CSV or XLSX file", None))
#endif // QT_CONFIG(tooltip)
        self.chooseButton.setText(QCoreApplication.translate("ListingImportDialog", u"&Choose\u2026", None))
        self.mappingLabel.setText(QCoreApplication.translate("ListingImportDialog", u"Choose what each column holds (proposed from its header); the first rows show as they would be imported, problems in red.", None))
        self.platformLabel.setText(QCoreApplication.translate("ListingImportDialog", u"Rows naming no platform Casefile knows are &on:", None))
#if QT_CONFIG(tooltip)
        self.platformCombo.setToolTip(QCoreApplication.translate("ListingImportDialog", u"A platform for rows whose platform column is empty or unknown and whose address is not on a platform Casefile knows", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ListingImportDialog", u"Save the rows with errors and the duplicates skipped as a CSV file", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ListingImportDialog", u"&Export Report\u2026", None))
    # retranslateUi

