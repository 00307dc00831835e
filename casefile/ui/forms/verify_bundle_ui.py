# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_bundle.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_VerifyBundleDialog(object):
    def setupUi(self, VerifyBundleDialog):
        if not VerifyBundleDialog.objectName():
            VerifyBundleDialog.setObjectName(u"VerifyBundleDialog")
        VerifyBundleDialog.resize(880, 680)
        self.dialogLayout = QVBoxLayout(VerifyBundleDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 12)
        self.introLabel = QLabel(VerifyBundleDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setSpacing(8)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(VerifyBundleDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.pathEdit = QLineEdit(VerifyBundleDialog)
        self.pathEdit.setObjectName(u"pathEdit")
        self.pathEdit.setClearButtonEnabled(True)

        self.fileLayout.addWidget(self.pathEdit)

        self.chooseButton = QPushButton(VerifyBundleDialog)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.chooseButton)


        self.dialogLayout.addLayout(self.fileLayout)

        self.archiveCheck = QCheckBox(VerifyBundleDialog)
        self.archiveCheck.setObjectName(u"archiveCheck")

        self.dialogLayout.addWidget(self.archiveCheck)

        self.archiveNote = QLabel(VerifyBundleDialog)
        self.archiveNote.setObjectName(u"archiveNote")
        self.archiveNote.setTextFormat(Qt.TextFormat.PlainText)
        self.archiveNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.archiveNote)

        self.resultFrame = QFrame(VerifyBundleDialog)
        self.resultFrame.setObjectName(u"resultFrame")
        self.resultFrame.setFrameShape(QFrame.Shape.StyledPanel)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.resultFrame.sizePolicy().hasHeightForWidth())
        self.resultFrame.setSizePolicy(sizePolicy)
        self.resultLayout = QVBoxLayout(self.resultFrame)
        self.resultLayout.setSpacing(8)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLayout.setContentsMargins(12, 10, 12, 10)
        self.verdictLabel = QLabel(self.resultFrame)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.verdictLabel.setWordWrap(True)
        self.verdictLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultLayout.addWidget(self.verdictLabel)

        self.verdictNote = QLabel(self.resultFrame)
        self.verdictNote.setObjectName(u"verdictNote")
        self.verdictNote.setTextFormat(Qt.TextFormat.PlainText)
        self.verdictNote.setWordWrap(True)
        self.verdictNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultLayout.addWidget(self.verdictNote)

        self.factsLayout = QHBoxLayout()
        self.factsLayout.setSpacing(10)
        self.factsLayout.setObjectName(u"factsLayout")
        self.bundleBox = QGroupBox(self.resultFrame)
        self.bundleBox.setObjectName(u"bundleBox")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.bundleBox.sizePolicy().hasHeightForWidth())
        self.bundleBox.setSizePolicy(sizePolicy1)
        self.bundleForm = QFormLayout(self.bundleBox)
        self.bundleForm.setObjectName(u"bundleForm")
        self.bundleForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.bundleForm.setHorizontalSpacing(10)
        self.bundleForm.setVerticalSpacing(4)
        self.caseCaption = QLabel(self.bundleBox)
        self.caseCaption.setObjectName(u"caseCaption")
        self.caseCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.bundleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.caseCaption)

        self.caseValue = QLabel(self.bundleBox)
        self.caseValue.setObjectName(u"caseValue")
        self.caseValue.setTextFormat(Qt.TextFormat.PlainText)
        self.caseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bundleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.caseValue)

        self.recipientCaption = QLabel(self.bundleBox)
        self.recipientCaption.setObjectName(u"recipientCaption")
        self.recipientCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.bundleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recipientCaption)

        self.recipientValue = QLabel(self.bundleBox)
        self.recipientValue.setObjectName(u"recipientValue")
        self.recipientValue.setTextFormat(Qt.TextFormat.PlainText)
        self.recipientValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bundleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recipientValue)

        self.pagesCaption = QLabel(self.bundleBox)
        self.pagesCaption.setObjectName(u"pagesCaption")
        self.pagesCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.bundleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pagesCaption)

        self.pagesValue = QLabel(self.bundleBox)
        self.pagesValue.setObjectName(u"pagesValue")
        self.pagesValue.setTextFormat(Qt.TextFormat.PlainText)
        self.pagesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bundleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pagesValue)

        self.madeCaption = QLabel(self.bundleBox)
        self.madeCaption.setObjectName(u"madeCaption")
        self.madeCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.bundleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.madeCaption)

        self.madeValue = QLabel(self.bundleBox)
        self.madeValue.setObjectName(u"madeValue")
        self.madeValue.setTextFormat(Qt.TextFormat.PlainText)
        self.madeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bundleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.madeValue)


        self.factsLayout.addWidget(self.bundleBox)

        self.signatureBox = QGroupBox(self.resultFrame)
        self.signatureBox.setObjectName(u"signatureBox")
        sizePolicy1.setHeightForWidth(self.signatureBox.sizePolicy().hasHeightForWidth())
        self.signatureBox.setSizePolicy(sizePolicy1)
        self.signatureForm = QFormLayout(self.signatureBox)
        self.signatureForm.setObjectName(u"signatureForm")
        self.signatureForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.signatureForm.setHorizontalSpacing(10)
        self.signatureForm.setVerticalSpacing(4)
        self.signerCaption = QLabel(self.signatureBox)
        self.signerCaption.setObjectName(u"signerCaption")
        self.signerCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.signatureForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signerCaption)

        self.signerValue = QLabel(self.signatureBox)
        self.signerValue.setObjectName(u"signerValue")
        self.signerValue.setTextFormat(Qt.TextFormat.PlainText)
        self.signerValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.signatureForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signerValue)

        self.signedAtCaption = QLabel(self.signatureBox)
        self.signedAtCaption.setObjectName(u"signedAtCaption")
        self.signedAtCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.signatureForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signedAtCaption)

        self.signedAtValue = QLabel(self.signatureBox)
        self.signedAtValue.setObjectName(u"signedAtValue")
        self.signedAtValue.setTextFormat(Qt.TextFormat.PlainText)
        self.signedAtValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.signatureForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signedAtValue)

        self.intactCaption = QLabel(self.signatureBox)
        self.intactCaption.setObjectName(u"intactCaption")
        self.intactCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.signatureForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.intactCaption)

        self.intactValue = QLabel(self.signatureBox)
        self.intactValue.setObjectName(u"intactValue")
        self.intactValue.setTextFormat(Qt.TextFormat.PlainText)
        self.intactValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.signatureForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.intactValue)

        self.wholeFileCaption = QLabel(self.signatureBox)
        self.wholeFileCaption.setObjectName(u"wholeFileCaption")
        self.wholeFileCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.signatureForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.wholeFileCaption)

        self.wholeFileValue = QLabel(self.signatureBox)
        self.wholeFileValue.setObjectName(u"wholeFileValue")
        self.wholeFileValue.setTextFormat(Qt.TextFormat.PlainText)
        self.wholeFileValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.signatureForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.wholeFileValue)

        self.archiveKeyCaption = QLabel(self.signatureBox)
        self.archiveKeyCaption.setObjectName(u"archiveKeyCaption")
        self.archiveKeyCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.signatureForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.archiveKeyCaption)

        self.archiveKeyValue = QLabel(self.signatureBox)
        self.archiveKeyValue.setObjectName(u"archiveKeyValue")
        self.archiveKeyValue.setTextFormat(Qt.TextFormat.PlainText)
        self.archiveKeyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.signatureForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.archiveKeyValue)


        self.factsLayout.addWidget(self.signatureBox)

        self.factsLayout.setStretch(0, 1)
        self.factsLayout.setStretch(1, 1)

        self.resultLayout.addLayout(self.factsLayout)

        self.shaLayout = QHBoxLayout()
        self.shaLayout.setSpacing(8)
        self.shaLayout.setObjectName(u"shaLayout")
        self.shaCaption = QLabel(self.resultFrame)
        self.shaCaption.setObjectName(u"shaCaption")
        self.shaCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.shaLayout.addWidget(self.shaCaption)

        self.shaValue = QLabel(self.resultFrame)
        self.shaValue.setObjectName(u"shaValue")
        self.shaValue.setTextFormat(Qt.TextFormat.PlainText)
        self.shaValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.shaLayout.addWidget(self.shaValue)

        self.shaSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shaLayout.addItem(self.shaSpacer)


        self.resultLayout.addLayout(self.shaLayout)

        self.problemsLabel = QLabel(self.resultFrame)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.resultLayout.addWidget(self.problemsLabel)

        self.problemsList = QListWidget(self.resultFrame)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setMaximumSize(QSize(16777215, 130))
        self.problemsList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.problemsList.setWordWrap(True)

        self.resultLayout.addWidget(self.problemsList)

        self.checksLabel = QLabel(self.resultFrame)
        self.checksLabel.setObjectName(u"checksLabel")
        self.checksLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.resultLayout.addWidget(self.checksLabel)

        self.checksTree = QTreeWidget(self.resultFrame)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.checksTree.setHeaderItem(__qtreewidgetitem)
        self.checksTree.setObjectName(u"checksTree")
        self.checksTree.setMinimumSize(QSize(0, 90))
        self.checksTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checksTree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.checksTree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checksTree.setWordWrap(True)
        self.checksTree.setUniformRowHeights(False)
        self.checksTree.header().setVisible(False)

        self.resultLayout.addWidget(self.checksTree)

        self.resultSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.resultLayout.addItem(self.resultSpacer)

        self.resultLayout.setStretch(7, 1)

        self.dialogLayout.addWidget(self.resultFrame)

        self.idleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.idleSpacer)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setSpacing(8)
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.progressBar = QProgressBar(VerifyBundleDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumSize(QSize(220, 16777215))
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.bottomLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(VerifyBundleDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy2)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.bottomLayout.addWidget(self.statusLabel)

        self.copyButton = QPushButton(VerifyBundleDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.copyButton)

        self.saveButton = QPushButton(VerifyBundleDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.saveButton)

        self.verifyButton = QPushButton(VerifyBundleDialog)
        self.verifyButton.setObjectName(u"verifyButton")

        self.bottomLayout.addWidget(self.verifyButton)

        self.closeButton = QPushButton(VerifyBundleDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.bottomLayout)

        self.dialogLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pathEdit, self.chooseButton)
        QWidget.setTabOrder(self.chooseButton, self.archiveCheck)
        QWidget.setTabOrder(self.archiveCheck, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.problemsList)
        QWidget.setTabOrder(self.problemsList, self.checksTree)
        QWidget.setTabOrder(self.checksTree, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(VerifyBundleDialog)

        self.verifyButton.setDefault(True)


        QMetaObject.connectSlotsByName(VerifyBundleDialog)
    # setupUi

    def retranslateUi(self, VerifyBundleDialog):
        VerifyBundleDialog.setWindowTitle(QCoreApplication.translate("VerifyBundleDialog", u"Verify Bundle", None))
        self.introLabel.setText(QCoreApplication.translate("VerifyBundleDialog", u"Check a bundle made by Casefile, offline \u2014 one you made, or one received back from a court: every page against its fingerprint, the manifest, the signature and, against an archive, every original file it lists.", None))
        self.fileLabel.setText(QCoreApplication.translate("VerifyBundleDialog", u"&Bundle:", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("VerifyBundleDialog", u"Choose a PDF bundle, or drop one on this window", None))
#if QT_CONFIG(tooltip)
        self.chooseButton.setToolTip(QCoreApplication.translate("VerifyBundleDialog", u"Pick the bundle's PDF file", None))
#endif // QT_CONFIG(tooltip)
        self.chooseButton.setText(QCoreApplication.translate("VerifyBundleDialog", u"&Choose\u2026", None))
        self.archiveCheck.setText(QCoreApplication.translate("VerifyBundleDialog", u"&Also re-hash every listed file against this archive", None))
        self.bundleBox.setTitle(QCoreApplication.translate("VerifyBundleDialog", u"Bundle", None))
        self.caseCaption.setText(QCoreApplication.translate("VerifyBundleDialog", u"Case:", None))
        self.recipientCaption.setText(QCoreApplication.translate("VerifyBundleDialog", u"Recipient:", None))
        self.pagesCaption.setText(QCoreApplication.translate("VerifyBundleDialog", u"Pages:", None))
        self.madeCaption.setText(QCoreApplication.translate("VerifyBundleDialog", u"Made:", None))
        self.signatureBox.setTitle(QCoreApplication.translate("VerifyBundleDialog", u"Signature", None))
        self.signerCaption.setText(QCoreApplication.translate("VerifyBundleDialog", u"Signed by:", None))
        self.signedAtCaption.setText(QCoreApplication.translate("VerifyBundleDialog", u"Signed on:", None))
        self.intactCaption.setText(QCoreApplication.translate("VerifyBundleDialog", u"Intact:", None))
        self.wholeFileCaption.setText(QCoreApplication.translate("VerifyBundleDialog", u"Covers the whole file:", None))
        self.archiveKeyCaption.setText(QCoreApplication.translate("VerifyBundleDialog", u"This archive's key:", None))
        self.shaCaption.setText(QCoreApplication.translate("VerifyBundleDialog", u"Manifest SHA-256:", None))
#if QT_CONFIG(tooltip)
        self.shaValue.setToolTip(QCoreApplication.translate("VerifyBundleDialog", u"Printed on the bundle's cover and manifest pages: compare it with the paper copy", None))
#endif // QT_CONFIG(tooltip)
        self.problemsLabel.setText(QCoreApplication.translate("VerifyBundleDialog", u"Problems", None))
        self.checksLabel.setText(QCoreApplication.translate("VerifyBundleDialog", u"What was checked", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("VerifyBundleDialog", u"Copy the whole verdict as plain text, to paste into a note or an e-mail", None))
#endif // QT_CONFIG(tooltip)
        self.copyButton.setText(QCoreApplication.translate("VerifyBundleDialog", u"C&opy Report", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("VerifyBundleDialog", u"Save the whole verdict as a plain-text file", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("VerifyBundleDialog", u"&Save Report\u2026", None))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("VerifyBundleDialog", u"Check the bundle; the window stays usable meanwhile", None))
#endif // QT_CONFIG(tooltip)
        self.verifyButton.setText(QCoreApplication.translate("VerifyBundleDialog", u"&Verify", None))
        self.closeButton.setText(QCoreApplication.translate("VerifyBundleDialog", u"Close", None))
    # retranslateUi

