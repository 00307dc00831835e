# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_intake.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QProgressBar, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout, QWidget)

from casefile.ui.widgets.date_edits import (DateEdit, DateTimeEdit)

class Ui_EvidenceIntake(object):
    def setupUi(self, EvidenceIntake):
        if not EvidenceIntake.objectName():
            EvidenceIntake.setObjectName(u"EvidenceIntake")
        EvidenceIntake.resize(1000, 640)
        EvidenceIntake.setMinimumSize(QSize(820, 0))
        self.dialogLayout = QVBoxLayout(EvidenceIntake)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 16, 18, 14)
        self.caseLabel = QLabel(EvidenceIntake)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(EvidenceIntake)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(14)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.filesGroup = QGroupBox(EvidenceIntake)
        self.filesGroup.setObjectName(u"filesGroup")
        self.filesLayout = QVBoxLayout(self.filesGroup)
        self.filesLayout.setSpacing(8)
        self.filesLayout.setObjectName(u"filesLayout")
        self.fileTree = QTreeWidget(self.filesGroup)
        self.fileTree.setObjectName(u"fileTree")
        self.fileTree.setMinimumSize(QSize(0, 160))
        self.fileTree.setAlternatingRowColors(True)
        self.fileTree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.fileTree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.fileTree.setRootIsDecorated(False)
        self.fileTree.setUniformRowHeights(True)
        self.fileTree.setItemsExpandable(False)
        self.fileTree.setAllColumnsShowFocus(True)

        self.filesLayout.addWidget(self.fileTree)

        self.totalLabel = QLabel(self.filesGroup)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.totalLabel.setWordWrap(True)

        self.filesLayout.addWidget(self.totalLabel)

        self.fileButtonsLayout = QHBoxLayout()
        self.fileButtonsLayout.setSpacing(6)
        self.fileButtonsLayout.setObjectName(u"fileButtonsLayout")
        self.addFilesButton = QPushButton(self.filesGroup)
        self.addFilesButton.setObjectName(u"addFilesButton")
        self.addFilesButton.setAutoDefault(False)

        self.fileButtonsLayout.addWidget(self.addFilesButton)

        self.addFolderButton = QPushButton(self.filesGroup)
        self.addFolderButton.setObjectName(u"addFolderButton")
        self.addFolderButton.setAutoDefault(False)

        self.fileButtonsLayout.addWidget(self.addFolderButton)

        self.removeButton = QPushButton(self.filesGroup)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.fileButtonsLayout.addWidget(self.removeButton)

        self.fileButtonsSpacer = QSpacerItem(0, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtonsLayout.addItem(self.fileButtonsSpacer)


        self.filesLayout.addLayout(self.fileButtonsLayout)

        self.oneExhibitRadio = QRadioButton(self.filesGroup)
        self.oneExhibitRadio.setObjectName(u"oneExhibitRadio")
        self.oneExhibitRadio.setChecked(True)

        self.filesLayout.addWidget(self.oneExhibitRadio)

        self.perFileRadio = QRadioButton(self.filesGroup)
        self.perFileRadio.setObjectName(u"perFileRadio")

        self.filesLayout.addWidget(self.perFileRadio)


        self.columnsLayout.addWidget(self.filesGroup)

        self.detailsLayout = QVBoxLayout()
        self.detailsLayout.setSpacing(10)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.exhibitGroup = QGroupBox(EvidenceIntake)
        self.exhibitGroup.setObjectName(u"exhibitGroup")
        self.formLayout = QFormLayout(self.exhibitGroup)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(10)
        self.formLayout.setVerticalSpacing(6)
        self.kindLabel = QLabel(self.exhibitGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.exhibitGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.descriptionLabel = QLabel(self.exhibitGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.exhibitGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.obtainedOnLabel = QLabel(self.exhibitGroup)
        self.obtainedOnLabel.setObjectName(u"obtainedOnLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.obtainedOnLabel)

        self.obtainedOnBox = QWidget(self.exhibitGroup)
        self.obtainedOnBox.setObjectName(u"obtainedOnBox")
        self.obtainedOnLayout = QHBoxLayout(self.obtainedOnBox)
        self.obtainedOnLayout.setSpacing(8)
        self.obtainedOnLayout.setObjectName(u"obtainedOnLayout")
        self.obtainedOnLayout.setContentsMargins(0, 0, 0, 0)
        self.obtainedOnCheck = QCheckBox(self.obtainedOnBox)
        self.obtainedOnCheck.setObjectName(u"obtainedOnCheck")

        self.obtainedOnLayout.addWidget(self.obtainedOnCheck)

        self.obtainedOnEdit = DateEdit(self.obtainedOnBox)
        self.obtainedOnEdit.setObjectName(u"obtainedOnEdit")
        self.obtainedOnEdit.setEnabled(False)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.obtainedOnEdit.sizePolicy().hasHeightForWidth())
        self.obtainedOnEdit.setSizePolicy(sizePolicy)
        self.obtainedOnEdit.setMinimumSize(QSize(130, 0))
        self.obtainedOnEdit.setCalendarPopup(True)

        self.obtainedOnLayout.addWidget(self.obtainedOnEdit)

        self.obtainedOnHint = QLabel(self.obtainedOnBox)
        self.obtainedOnHint.setObjectName(u"obtainedOnHint")

        self.obtainedOnLayout.addWidget(self.obtainedOnHint)

        self.obtainedOnSpacer = QSpacerItem(0, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.obtainedOnLayout.addItem(self.obtainedOnSpacer)

        self.obtainedOnLayout.setStretch(3, 1)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.obtainedOnBox)

        self.obtainedByLabel = QLabel(self.exhibitGroup)
        self.obtainedByLabel.setObjectName(u"obtainedByLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.obtainedByLabel)

        self.obtainedByEdit = QLineEdit(self.exhibitGroup)
        self.obtainedByEdit.setObjectName(u"obtainedByEdit")
        self.obtainedByEdit.setMaxLength(200)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.obtainedByEdit)

        self.sourceUrlLabel = QLabel(self.exhibitGroup)
        self.sourceUrlLabel.setObjectName(u"sourceUrlLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sourceUrlLabel)

        self.sourceUrlEdit = QLineEdit(self.exhibitGroup)
        self.sourceUrlEdit.setObjectName(u"sourceUrlEdit")
        self.sourceUrlEdit.setMaxLength(2000)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sourceUrlEdit)

        self.notaryOfficeLabel = QLabel(self.exhibitGroup)
        self.notaryOfficeLabel.setObjectName(u"notaryOfficeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notaryOfficeLabel)

        self.notaryOfficeEdit = QLineEdit(self.exhibitGroup)
        self.notaryOfficeEdit.setObjectName(u"notaryOfficeEdit")
        self.notaryOfficeEdit.setMaxLength(300)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notaryOfficeEdit)

        self.notaryCertificateLabel = QLabel(self.exhibitGroup)
        self.notaryCertificateLabel.setObjectName(u"notaryCertificateLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notaryCertificateLabel)

        self.notaryCertificateEdit = QLineEdit(self.exhibitGroup)
        self.notaryCertificateEdit.setObjectName(u"notaryCertificateEdit")
        self.notaryCertificateEdit.setMaxLength(200)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notaryCertificateEdit)

        self.internalCheck = QCheckBox(self.exhibitGroup)
        self.internalCheck.setObjectName(u"internalCheck")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.internalCheck)


        self.detailsLayout.addWidget(self.exhibitGroup)

        self.custodyGroup = QGroupBox(EvidenceIntake)
        self.custodyGroup.setObjectName(u"custodyGroup")
        self.custodyForm = QFormLayout(self.custodyGroup)
        self.custodyForm.setObjectName(u"custodyForm")
        self.custodyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.custodyForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.custodyForm.setHorizontalSpacing(10)
        self.custodyForm.setVerticalSpacing(6)
        self.receivedAtLabel = QLabel(self.custodyGroup)
        self.receivedAtLabel.setObjectName(u"receivedAtLabel")

        self.custodyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedAtLabel)

        self.receivedAtEdit = DateTimeEdit(self.custodyGroup)
        self.receivedAtEdit.setObjectName(u"receivedAtEdit")
        sizePolicy.setHeightForWidth(self.receivedAtEdit.sizePolicy().hasHeightForWidth())
        self.receivedAtEdit.setSizePolicy(sizePolicy)
        self.receivedAtEdit.setMinimumSize(QSize(170, 0))
        self.receivedAtEdit.setCalendarPopup(True)

        self.custodyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedAtEdit)

        self.receivedFromLabel = QLabel(self.custodyGroup)
        self.receivedFromLabel.setObjectName(u"receivedFromLabel")

        self.custodyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receivedFromLabel)

        self.receivedFromEdit = QLineEdit(self.custodyGroup)
        self.receivedFromEdit.setObjectName(u"receivedFromEdit")
        self.receivedFromEdit.setMaxLength(200)

        self.custodyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receivedFromEdit)

        self.handedToLabel = QLabel(self.custodyGroup)
        self.handedToLabel.setObjectName(u"handedToLabel")

        self.custodyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.handedToLabel)

        self.handedToEdit = QLineEdit(self.custodyGroup)
        self.handedToEdit.setObjectName(u"handedToEdit")
        self.handedToEdit.setMaxLength(200)

        self.custodyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.handedToEdit)

        self.sealNumberLabel = QLabel(self.custodyGroup)
        self.sealNumberLabel.setObjectName(u"sealNumberLabel")

        self.custodyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sealNumberLabel)

        self.sealNumberEdit = QLineEdit(self.custodyGroup)
        self.sealNumberEdit.setObjectName(u"sealNumberEdit")
        self.sealNumberEdit.setMaxLength(100)

        self.custodyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sealNumberEdit)

        self.locationLabel = QLabel(self.custodyGroup)
        self.locationLabel.setObjectName(u"locationLabel")

        self.custodyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(self.custodyGroup)
        self.locationEdit.setObjectName(u"locationEdit")
        self.locationEdit.setMaxLength(300)

        self.custodyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.custodyHint = QLabel(self.custodyGroup)
        self.custodyHint.setObjectName(u"custodyHint")
        self.custodyHint.setWordWrap(True)

        self.custodyForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.custodyHint)


        self.detailsLayout.addWidget(self.custodyGroup)


        self.columnsLayout.addLayout(self.detailsLayout)

        self.columnsLayout.setStretch(0, 5)
        self.columnsLayout.setStretch(1, 6)

        self.dialogLayout.addLayout(self.columnsLayout)

        self.progressBox = QWidget(EvidenceIntake)
        self.progressBox.setObjectName(u"progressBox")
        self.progressLayout = QVBoxLayout(self.progressBox)
        self.progressLayout.setSpacing(4)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLayout.setContentsMargins(0, 0, 0, 0)
        self.progressLabel = QLabel(self.progressBox)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.progressLayout.addWidget(self.progressLabel)

        self.progressBar = QProgressBar(self.progressBox)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(1000)
        self.progressBar.setValue(0)

        self.progressLayout.addWidget(self.progressBar)


        self.dialogLayout.addWidget(self.progressBox)

        self.noticeLabel = QLabel(EvidenceIntake)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.noticeLabel)

        self.errorLabel = QLabel(EvidenceIntake)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EvidenceIntake)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.obtainedOnLabel.setBuddy(self.obtainedOnCheck)
        self.obtainedByLabel.setBuddy(self.obtainedByEdit)
        self.sourceUrlLabel.setBuddy(self.sourceUrlEdit)
        self.notaryOfficeLabel.setBuddy(self.notaryOfficeEdit)
        self.notaryCertificateLabel.setBuddy(self.notaryCertificateEdit)
        self.receivedAtLabel.setBuddy(self.receivedAtEdit)
        self.receivedFromLabel.setBuddy(self.receivedFromEdit)
        self.handedToLabel.setBuddy(self.handedToEdit)
        self.sealNumberLabel.setBuddy(self.sealNumberEdit)
        self.locationLabel.setBuddy(self.locationEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileTree, self.addFilesButton)
        QWidget.setTabOrder(self.addFilesButton, self.addFolderButton)
        QWidget.setTabOrder(self.addFolderButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.oneExhibitRadio)
        QWidget.setTabOrder(self.oneExhibitRadio, self.perFileRadio)
        QWidget.setTabOrder(self.perFileRadio, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.obtainedOnCheck)
        QWidget.setTabOrder(self.obtainedOnCheck, self.obtainedOnEdit)
        QWidget.setTabOrder(self.obtainedOnEdit, self.obtainedByEdit)
        QWidget.setTabOrder(self.obtainedByEdit, self.sourceUrlEdit)
        QWidget.setTabOrder(self.sourceUrlEdit, self.notaryOfficeEdit)
        QWidget.setTabOrder(self.notaryOfficeEdit, self.notaryCertificateEdit)
        QWidget.setTabOrder(self.notaryCertificateEdit, self.internalCheck)
        QWidget.setTabOrder(self.internalCheck, self.receivedAtEdit)
        QWidget.setTabOrder(self.receivedAtEdit, self.receivedFromEdit)
        QWidget.setTabOrder(self.receivedFromEdit, self.handedToEdit)
        QWidget.setTabOrder(self.handedToEdit, self.sealNumberEdit)
        QWidget.setTabOrder(self.sealNumberEdit, self.locationEdit)

        self.retranslateUi(EvidenceIntake)

        QMetaObject.connectSlotsByName(EvidenceIntake)
    # setupUi

    def retranslateUi(self, EvidenceIntake):
        EvidenceIntake.setWindowTitle(QCoreApplication.translate("EvidenceIntake", u"Add Evidence", None))
        self.introLabel.setText(QCoreApplication.translate("EvidenceIntake", u"Each file is copied into the archive with its SHA-256, so a bundle can be verified later; your original is not changed.", None))
        self.filesGroup.setTitle(QCoreApplication.translate("EvidenceIntake", u"Files", None))
        ___qtreewidgetitem = self.fileTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("EvidenceIntake", u"Folder", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("EvidenceIntake", u"Size", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("EvidenceIntake", u"Name", None))
#if QT_CONFIG(tooltip)
        self.fileTree.setToolTip(QCoreApplication.translate("EvidenceIntake", u"Drop files or folders here; a folder adds the files in it and in its subfolders", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.addFilesButton.setToolTip(QCoreApplication.translate("EvidenceIntake", u"Choose files to add to the list", None))
#endif // QT_CONFIG(tooltip)
        self.addFilesButton.setText(QCoreApplication.translate("EvidenceIntake", u"Add &Files\u2026", None))
#if QT_CONFIG(tooltip)
        self.addFolderButton.setToolTip(QCoreApplication.translate("EvidenceIntake", u"Add every file in a folder and its subfolders (hidden files are left out)", None))
#endif // QT_CONFIG(tooltip)
        self.addFolderButton.setText(QCoreApplication.translate("EvidenceIntake", u"Add F&older\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("EvidenceIntake", u"Take the selected files off the list (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("EvidenceIntake", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.oneExhibitRadio.setToolTip(QCoreApplication.translate("EvidenceIntake", u"One exhibit holding all the files, e.g. the pages and photos of one notarised purchase", None))
#endif // QT_CONFIG(tooltip)
        self.oneExhibitRadio.setText(QCoreApplication.translate("EvidenceIntake", u"All files as &one exhibit", None))
#if QT_CONFIG(tooltip)
        self.perFileRadio.setToolTip(QCoreApplication.translate("EvidenceIntake", u"Each file becomes an exhibit of its own, with the details on the right", None))
#endif // QT_CONFIG(tooltip)
        self.perFileRadio.setText(QCoreApplication.translate("EvidenceIntake", u"One e&xhibit per file", None))
        self.exhibitGroup.setTitle(QCoreApplication.translate("EvidenceIntake", u"Exhibit", None))
        self.kindLabel.setText(QCoreApplication.translate("EvidenceIntake", u"&Kind:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("EvidenceIntake", u"&Description:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("EvidenceIntake", u"What it shows, e.g. Notarised purchase of two X9 scooters from shop \u901f\u8fbe\u8f66\u884c", None))
        self.obtainedOnLabel.setText(QCoreApplication.translate("EvidenceIntake", u"Obtained &on:", None))
#if QT_CONFIG(tooltip)
        self.obtainedOnCheck.setToolTip(QCoreApplication.translate("EvidenceIntake", u"Tick when you know the day the evidence was obtained", None))
#endif // QT_CONFIG(tooltip)
        self.obtainedOnCheck.setText(QCoreApplication.translate("EvidenceIntake", u"Known", None))
        self.obtainedOnEdit.setDisplayFormat(QCoreApplication.translate("EvidenceIntake", u"yyyy-MM-dd", None))
        self.obtainedOnHint.setText(QCoreApplication.translate("EvidenceIntake", u"Not known", None))
        self.obtainedByLabel.setText(QCoreApplication.translate("EvidenceIntake", u"Obtained &by:", None))
        self.obtainedByEdit.setPlaceholderText(QCoreApplication.translate("EvidenceIntake", u"e.g. Zhang Min (investigator)", None))
        self.sourceUrlLabel.setText(QCoreApplication.translate("EvidenceIntake", u"Source &URL:", None))
        self.sourceUrlEdit.setPlaceholderText(QCoreApplication.translate("EvidenceIntake", u"The listing or page captured, e.g. item.taobao.com/item.htm?id=\u2026", None))
        self.notaryOfficeLabel.setText(QCoreApplication.translate("EvidenceIntake", u"Notary o&ffice:", None))
        self.notaryOfficeEdit.setPlaceholderText(QCoreApplication.translate("EvidenceIntake", u"For notarised evidence, e.g. \u4e0a\u6d77\u5e02\u4e1c\u65b9\u516c\u8bc1\u5904", None))
        self.notaryCertificateLabel.setText(QCoreApplication.translate("EvidenceIntake", u"&Certificate no.:", None))
#if QT_CONFIG(tooltip)
        self.notaryCertificateEdit.setToolTip(QCoreApplication.translate("EvidenceIntake", u"The notary certificate number", None))
#endif // QT_CONFIG(tooltip)
        self.notaryCertificateEdit.setPlaceholderText(QCoreApplication.translate("EvidenceIntake", u"e.g. (2026)\u6caa\u4e1c\u8bc1\u7ecf\u5b57\u7b2c0412\u53f7", None))
#if QT_CONFIG(tooltip)
        self.internalCheck.setToolTip(QCoreApplication.translate("EvidenceIntake", u"Internal exhibits are left out of bundles for courts, authorities and platforms", None))
#endif // QT_CONFIG(tooltip)
        self.internalCheck.setText(QCoreApplication.translate("EvidenceIntake", u"&Internal: working material, kept out of external bundles", None))
        self.custodyGroup.setTitle(QCoreApplication.translate("EvidenceIntake", u"Chain of custody: received", None))
        self.receivedAtLabel.setText(QCoreApplication.translate("EvidenceIntake", u"Receiv&ed at:", None))
        self.receivedAtEdit.setDisplayFormat(QCoreApplication.translate("EvidenceIntake", u"yyyy-MM-dd HH:mm", None))
        self.receivedFromLabel.setText(QCoreApplication.translate("EvidenceIntake", u"Received &from:", None))
        self.receivedFromEdit.setPlaceholderText(QCoreApplication.translate("EvidenceIntake", u"Who handed it over, e.g. the notary office or the investigator", None))
        self.handedToLabel.setText(QCoreApplication.translate("EvidenceIntake", u"&Handed to:", None))
        self.handedToEdit.setPlaceholderText(QCoreApplication.translate("EvidenceIntake", u"Who took it", None))
        self.sealNumberLabel.setText(QCoreApplication.translate("EvidenceIntake", u"&Seal number:", None))
        self.locationLabel.setText(QCoreApplication.translate("EvidenceIntake", u"S&torage location:", None))
        self.locationEdit.setPlaceholderText(QCoreApplication.translate("EvidenceIntake", u"e.g. Shanghai office safe", None))
        self.custodyHint.setText(QCoreApplication.translate("EvidenceIntake", u"Leave these empty to record the chain of custody later (Case \u203a Record Custody\u2026).", None))
    # retranslateUi

