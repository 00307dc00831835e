# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bundle_export.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTableWidget, QVBoxLayout, QWidget)

class Ui_BundleExportDialog(object):
    def setupUi(self, BundleExportDialog):
        if not BundleExportDialog.objectName():
            BundleExportDialog.setObjectName(u"BundleExportDialog")
        BundleExportDialog.resize(1000, 700)
        BundleExportDialog.setMinimumSize(QSize(820, 560))
        self.dialogLayout = QVBoxLayout(BundleExportDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 12)
        self.caseLabel = QLabel(BundleExportDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(BundleExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.splitter = QSplitter(BundleExportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.topWidget = QWidget(self.splitter)
        self.topWidget.setObjectName(u"topWidget")
        self.topLayout = QHBoxLayout(self.topWidget)
        self.topLayout.setSpacing(12)
        self.topLayout.setObjectName(u"topLayout")
        self.topLayout.setContentsMargins(0, 0, 0, 4)
        self.exhibitsBox = QGroupBox(self.topWidget)
        self.exhibitsBox.setObjectName(u"exhibitsBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.exhibitsBox.sizePolicy().hasHeightForWidth())
        self.exhibitsBox.setSizePolicy(sizePolicy)
        self.exhibitsLayout = QVBoxLayout(self.exhibitsBox)
        self.exhibitsLayout.setSpacing(6)
        self.exhibitsLayout.setObjectName(u"exhibitsLayout")
        self.exhibitList = QListWidget(self.exhibitsBox)
        self.exhibitList.setObjectName(u"exhibitList")
        self.exhibitList.setMinimumSize(QSize(0, 120))
        self.exhibitList.setDragEnabled(True)
        self.exhibitList.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.exhibitList.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.exhibitList.setAlternatingRowColors(True)
        self.exhibitList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.exhibitList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.exhibitList.setUniformItemSizes(True)

        self.exhibitsLayout.addWidget(self.exhibitList)

        self.errorLabel = QLabel(self.exhibitsBox)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.exhibitsLayout.addWidget(self.errorLabel)

        self.orderButtons = QHBoxLayout()
        self.orderButtons.setSpacing(6)
        self.orderButtons.setObjectName(u"orderButtons")
        self.moveUpButton = QPushButton(self.exhibitsBox)
        self.moveUpButton.setObjectName(u"moveUpButton")
        self.moveUpButton.setAutoDefault(False)

        self.orderButtons.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(self.exhibitsBox)
        self.moveDownButton.setObjectName(u"moveDownButton")
        self.moveDownButton.setAutoDefault(False)

        self.orderButtons.addWidget(self.moveDownButton)

        self.orderSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.orderButtons.addItem(self.orderSpacer)

        self.selectAllButton = QPushButton(self.exhibitsBox)
        self.selectAllButton.setObjectName(u"selectAllButton")
        self.selectAllButton.setAutoDefault(False)

        self.orderButtons.addWidget(self.selectAllButton)

        self.selectNoneButton = QPushButton(self.exhibitsBox)
        self.selectNoneButton.setObjectName(u"selectNoneButton")
        self.selectNoneButton.setAutoDefault(False)

        self.orderButtons.addWidget(self.selectNoneButton)


        self.exhibitsLayout.addLayout(self.orderButtons)


        self.topLayout.addWidget(self.exhibitsBox)

        self.optionsBox = QGroupBox(self.topWidget)
        self.optionsBox.setObjectName(u"optionsBox")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(2)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.optionsBox.sizePolicy().hasHeightForWidth())
        self.optionsBox.setSizePolicy(sizePolicy1)
        self.optionsLayout = QVBoxLayout(self.optionsBox)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(10)
        self.formLayout.setVerticalSpacing(8)
        self.recipientLabel = QLabel(self.optionsBox)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientCombo = QComboBox(self.optionsBox)
        self.recipientCombo.setObjectName(u"recipientCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipientCombo)

        self.recipientNote = QLabel(self.optionsBox)
        self.recipientNote.setObjectName(u"recipientNote")
        self.recipientNote.setTextFormat(Qt.TextFormat.PlainText)
        self.recipientNote.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recipientNote)

        self.languageLabel = QLabel(self.optionsBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.optionsBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.preparedByLabel = QLabel(self.optionsBox)
        self.preparedByLabel.setObjectName(u"preparedByLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.preparedByLabel)

        self.preparedByEdit = QLineEdit(self.optionsBox)
        self.preparedByEdit.setObjectName(u"preparedByEdit")
        self.preparedByEdit.setMaxLength(200)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.preparedByEdit)

        self.batesLabel = QLabel(self.optionsBox)
        self.batesLabel.setObjectName(u"batesLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.batesLabel)

        self.batesWidget = QWidget(self.optionsBox)
        self.batesWidget.setObjectName(u"batesWidget")
        self.batesLayout = QHBoxLayout(self.batesWidget)
        self.batesLayout.setSpacing(6)
        self.batesLayout.setObjectName(u"batesLayout")
        self.batesLayout.setContentsMargins(0, 0, 0, 0)
        self.batesPrefixEdit = QLineEdit(self.batesWidget)
        self.batesPrefixEdit.setObjectName(u"batesPrefixEdit")
        self.batesPrefixEdit.setMaxLength(17)

        self.batesLayout.addWidget(self.batesPrefixEdit)

        self.batesStartLabel = QLabel(self.batesWidget)
        self.batesStartLabel.setObjectName(u"batesStartLabel")

        self.batesLayout.addWidget(self.batesStartLabel)

        self.batesStartSpin = QSpinBox(self.batesWidget)
        self.batesStartSpin.setObjectName(u"batesStartSpin")
        self.batesStartSpin.setMinimum(1)
        self.batesStartSpin.setMaximum(999999)
        self.batesStartSpin.setValue(1)

        self.batesLayout.addWidget(self.batesStartSpin)


        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.batesWidget)

        self.batesExample = QLabel(self.optionsBox)
        self.batesExample.setObjectName(u"batesExample")
        self.batesExample.setTextFormat(Qt.TextFormat.PlainText)
        self.batesExample.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.batesExample)

        self.signLabel = QLabel(self.optionsBox)
        self.signLabel.setObjectName(u"signLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.signLabel)

        self.signWidget = QWidget(self.optionsBox)
        self.signWidget.setObjectName(u"signWidget")
        self.signLayout = QHBoxLayout(self.signWidget)
        self.signLayout.setSpacing(6)
        self.signLayout.setObjectName(u"signLayout")
        self.signLayout.setContentsMargins(0, 0, 0, 0)
        self.signCombo = QComboBox(self.signWidget)
        self.signCombo.setObjectName(u"signCombo")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.signCombo.sizePolicy().hasHeightForWidth())
        self.signCombo.setSizePolicy(sizePolicy2)

        self.signLayout.addWidget(self.signCombo)

        self.certificateButton = QPushButton(self.signWidget)
        self.certificateButton.setObjectName(u"certificateButton")

        self.signLayout.addWidget(self.certificateButton)


        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.signWidget)

        self.signNote = QLabel(self.optionsBox)
        self.signNote.setObjectName(u"signNote")
        self.signNote.setTextFormat(Qt.TextFormat.PlainText)
        self.signNote.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.signNote)


        self.optionsLayout.addLayout(self.formLayout)

        self.optionsSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.optionsLayout.addItem(self.optionsSpacer)


        self.topLayout.addWidget(self.optionsBox)

        self.splitter.addWidget(self.topWidget)
        self.previewWidget = QWidget(self.splitter)
        self.previewWidget.setObjectName(u"previewWidget")
        self.previewLayout = QVBoxLayout(self.previewWidget)
        self.previewLayout.setSpacing(6)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 4, 0, 0)
        self.previewHeader = QHBoxLayout()
        self.previewHeader.setObjectName(u"previewHeader")
        self.previewLabel = QLabel(self.previewWidget)
        self.previewLabel.setObjectName(u"previewLabel")

        self.previewHeader.addWidget(self.previewLabel)

        self.previewSummary = QLabel(self.previewWidget)
        self.previewSummary.setObjectName(u"previewSummary")
        self.previewSummary.setTextFormat(Qt.TextFormat.PlainText)
        self.previewSummary.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.previewHeader.addWidget(self.previewSummary)


        self.previewLayout.addLayout(self.previewHeader)

        self.previewTable = QTableWidget(self.previewWidget)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setMinimumSize(QSize(0, 100))
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.previewTable.setShowGrid(False)
        self.previewTable.setWordWrap(False)
        self.previewTable.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.previewTable.verticalHeader().setVisible(False)

        self.previewLayout.addWidget(self.previewTable)

        self.splitter.addWidget(self.previewWidget)

        self.dialogLayout.addWidget(self.splitter)

        self.resultFrame = QFrame(BundleExportDialog)
        self.resultFrame.setObjectName(u"resultFrame")
        self.resultFrame.setVisible(False)
        self.resultFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.resultLayout = QVBoxLayout(self.resultFrame)
        self.resultLayout.setSpacing(6)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLayout.setContentsMargins(10, 8, 10, 8)
        self.resultLabel = QLabel(self.resultFrame)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultLayout.addWidget(self.resultLabel)

        self.problemsLabel = QLabel(self.resultFrame)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemsLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.problemsLabel)

        self.problemsList = QListWidget(self.resultFrame)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setMaximumSize(QSize(16777215, 90))
        self.problemsList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.problemsList.setWordWrap(True)

        self.resultLayout.addWidget(self.problemsList)


        self.dialogLayout.addWidget(self.resultFrame)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setSpacing(8)
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.progressBar = QProgressBar(BundleExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumSize(QSize(220, 16777215))
        self.progressBar.setMaximum(1000)
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.bottomLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(BundleExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy3.setHorizontalStretch(1)
        sizePolicy3.setVerticalStretch(0)
        sizePolicy3.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy3)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.bottomLayout.addWidget(self.statusLabel)

        self.showFolderButton = QPushButton(BundleExportDialog)
        self.showFolderButton.setObjectName(u"showFolderButton")
        self.showFolderButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.showFolderButton)

        self.openButton = QPushButton(BundleExportDialog)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.openButton)

        self.exportButton = QPushButton(BundleExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.bottomLayout.addWidget(self.exportButton)

        self.closeButton = QPushButton(BundleExportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.recipientLabel.setBuddy(self.recipientCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.preparedByLabel.setBuddy(self.preparedByEdit)
        self.batesLabel.setBuddy(self.batesPrefixEdit)
        self.batesStartLabel.setBuddy(self.batesStartSpin)
        self.signLabel.setBuddy(self.signCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.exhibitList, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.selectAllButton)
        QWidget.setTabOrder(self.selectAllButton, self.selectNoneButton)
        QWidget.setTabOrder(self.selectNoneButton, self.recipientCombo)
        QWidget.setTabOrder(self.recipientCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.preparedByEdit)
        QWidget.setTabOrder(self.preparedByEdit, self.batesPrefixEdit)
        QWidget.setTabOrder(self.batesPrefixEdit, self.batesStartSpin)
        QWidget.setTabOrder(self.batesStartSpin, self.signCombo)
        QWidget.setTabOrder(self.signCombo, self.certificateButton)
        QWidget.setTabOrder(self.certificateButton, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.showFolderButton)
        QWidget.setTabOrder(self.showFolderButton, self.closeButton)

        self.retranslateUi(BundleExportDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(BundleExportDialog)
    # setupUi

    def retranslateUi(self, BundleExportDialog):
        BundleExportDialog.setWindowTitle(QCoreApplication.translate("BundleExportDialog", u"Export Bundle", None))
        self.introLabel.setText(QCoreApplication.translate("BundleExportDialog", u"Tick the exhibits to put in the bundle and drag them into the order they should have (or use Move Up and Move Down). The bundle is one PDF: a cover, the index below, each exhibit behind a separator sheet, and a closing manifest with every file's SHA-256.", None))
        self.exhibitsBox.setTitle(QCoreApplication.translate("BundleExportDialog", u"E&xhibits, in bundle order", None))
#if QT_CONFIG(tooltip)
        self.exhibitList.setToolTip(QCoreApplication.translate("BundleExportDialog", u"Ticked exhibits go into the bundle in this order; drag one to move it, or use Move Up and Move Down (Alt+Up, Alt+Down). Space ticks the selected exhibit.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("BundleExportDialog", u"Move the selected exhibit one place earlier (Alt+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.moveUpButton.setText(QCoreApplication.translate("BundleExportDialog", u"Move &Up", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("BundleExportDialog", u"Move the selected exhibit one place later (Alt+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("BundleExportDialog", u"Move &Down", None))
#if QT_CONFIG(tooltip)
        self.selectAllButton.setToolTip(QCoreApplication.translate("BundleExportDialog", u"Tick every exhibit this recipient may receive", None))
#endif // QT_CONFIG(tooltip)
        self.selectAllButton.setText(QCoreApplication.translate("BundleExportDialog", u"Select &All", None))
#if QT_CONFIG(tooltip)
        self.selectNoneButton.setToolTip(QCoreApplication.translate("BundleExportDialog", u"Untick every exhibit", None))
#endif // QT_CONFIG(tooltip)
        self.selectNoneButton.setText(QCoreApplication.translate("BundleExportDialog", u"Select &None", None))
        self.optionsBox.setTitle(QCoreApplication.translate("BundleExportDialog", u"Bundle", None))
        self.recipientLabel.setText(QCoreApplication.translate("BundleExportDialog", u"&Recipient:", None))
#if QT_CONFIG(tooltip)
        self.recipientCombo.setToolTip(QCoreApplication.translate("BundleExportDialog", u"Who the bundle goes to: its cover says so. Internal exhibits and custody notes only go into an internal bundle.", None))
#endif // QT_CONFIG(tooltip)
        self.languageLabel.setText(QCoreApplication.translate("BundleExportDialog", u"&Language:", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("BundleExportDialog", u"The language of the bundle's headings and labels; descriptions are printed as typed", None))
#endif // QT_CONFIG(tooltip)
        self.preparedByLabel.setText(QCoreApplication.translate("BundleExportDialog", u"&Prepared by:", None))
#if QT_CONFIG(tooltip)
        self.preparedByEdit.setToolTip(QCoreApplication.translate("BundleExportDialog", u"Printed on the cover and in the PDF's properties", None))
#endif // QT_CONFIG(tooltip)
        self.batesLabel.setText(QCoreApplication.translate("BundleExportDialog", u"&Bates numbers:", None))
#if QT_CONFIG(tooltip)
        self.batesPrefixEdit.setToolTip(QCoreApplication.translate("BundleExportDialog", u"Printed before each page's number, e.g. NB-000001; up to 16 letters, digits, '-', '_' or '.'", None))
#endif // QT_CONFIG(tooltip)
        self.batesPrefixEdit.setPlaceholderText(QCoreApplication.translate("BundleExportDialog", u"none", None))
        self.batesStartLabel.setText(QCoreApplication.translate("BundleExportDialog", u"&from", None))
#if QT_CONFIG(tooltip)
        self.batesStartSpin.setToolTip(QCoreApplication.translate("BundleExportDialog", u"The number of the bundle's first page: continue a series from an earlier bundle", None))
#endif // QT_CONFIG(tooltip)
        self.signLabel.setText(QCoreApplication.translate("BundleExportDialog", u"Si&gn with:", None))
#if QT_CONFIG(tooltip)
        self.signCombo.setToolTip(QCoreApplication.translate("BundleExportDialog", u"The bundle is signed as a PDF signature: readers show any change made after it was signed", None))
#endif // QT_CONFIG(tooltip)
        self.certificateButton.setText(QCoreApplication.translate("BundleExportDialog", u"C&hoose Certificate\u2026", None))
#if QT_CONFIG(tooltip)
        self.certificateButton.setToolTip(QCoreApplication.translate("BundleExportDialog", u"A PKCS#12 file (.p12 or .pfx) holding your certificate and its private key", None))
#endif // QT_CONFIG(tooltip)
        self.previewLabel.setText(QCoreApplication.translate("BundleExportDialog", u"Index preview", None))
#if QT_CONFIG(tooltip)
        self.showFolderButton.setToolTip(QCoreApplication.translate("BundleExportDialog", u"Open the folder the bundle was written to", None))
#endif // QT_CONFIG(tooltip)
        self.showFolderButton.setText(QCoreApplication.translate("BundleExportDialog", u"Show in &Folder", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("BundleExportDialog", u"Open the bundle just written in the PDF viewer", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("BundleExportDialog", u"&Open PDF", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("BundleExportDialog", u"Choose where to save the PDF and write it; the window stays usable meanwhile", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("BundleExportDialog", u"&Export\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("BundleExportDialog", u"Close", None))
    # retranslateUi

