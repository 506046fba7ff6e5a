/**
 * Documents (PDF): official notices of the case lifecycle, rendered with pdfmake and the embedded Noto Sans SC
 * font (regular + bold, SIL OFL 1.1, from the npm package @expo-google-fonts/noto-sans-sc; no system fonts).
 *
 * API
 * ---
 *   renderPdf(definition: PdfDefinition): Promise<Uint8Array>
 *       Renders in a shared pool of worker threads (1 worker on ≤ 2 cores, 2 above; FIFO queue of ≤ 1000;
 *       30 s per render). Rejects with PdfRenderError for a bad definition, a crashed worker (replaced at once),
 *       a timeout or a full queue; never blocks the event loop. A notice takes ≈ 40–55 ms (one worker on the
 *       2-core machine: ≈ 32 notices/s; a worker's first render ≈ 350 ms, it loads the fonts).
 *   closePdfRenderer(): Promise<void>          stop the shared pool (tests, shutdown; idle workers are unref'd anyway)
 *   new PdfRenderPool({ size, taskTimeoutMs, maxQueue })   a private pool, same `render(definition)`
 *
 * Templates: pure functions, plain data in → PdfDefinition out (no database, no I/O); they throw TypeError
 * on missing required fields or malformed dates. Dates are 'YYYY-MM-DD'. Every notice carries the fields of
 * `NoticeBase`: department { name }, documentNumber? (文号; blank printed when absent), issuedOn, caseNumber,
 * applicant { name, maskedId?, idLabel? } (pass the masked ID only), itemName, trackingUrl (printed as a QR
 * code), seal? { dataUrl (PNG/JPEG/SVG data URL), size?, offset? } (drawn over the signature; absent → blank
 * area for a hand stamp; the licences module will pass its SM2 seal picture here).
 *
 *   acceptanceNotice(AcceptanceNoticeData)   受理通知书: + submittedOn, materialsReceived[{ name, form?, copies? }],
 *                                            promisedConclusionDate, promisedWorkingDays?, legalBasis?, contact?
 *   rejectionNotice(RejectionNoticeData)     不予受理通知书: + submittedOn, reason, legalBasis, advice?, remedies?
 *   correctionNotice(CorrectionNoticeData)   一次性补正告知书: + submittedOn, materials[{ name, problem: 'missing' |
 *                                            'defective', detail, remedy }] (≥ 1), correctionDeadline,
 *                                            resubmission { onlineUrl?, window?: { name, address, hours? } } (≥ 1 way)
 *   decisionLetter(DecisionLetterData)       准予/不予行政许可决定书: + submittedOn, acceptedOn, decision:
 *                                            { result: 'approved', content, legalBasis?, licence?, conditions?, delivery? }
 *                                            | { result: 'denied', reason, legalBasis, remedies? }
 *   pickupReceipt(PickupReceiptData)         批复材料签收单: + documents[{ name, number?, copies }] (≥ 1), windowName?, clerkName?
 *
 * remedies = { reconsiderationBody?, court? }: named in the denial's remedies sentence (行政复议法 art. 20:
 * 60 days; 行政诉讼法 art. 46: 6 months); generic wording when absent.
 *
 * Example (a use-case, after its transaction commits):
 *   const pdf = await renderPdf(acceptanceNotice({ department: { name: '赤峰市市场监督管理局' }, … }));
 *   await files.put(pdf) / reply.type('application/pdf').send(Buffer.from(pdf))
 *
 * Custom documents (the licences' PDF) can build their own PdfDefinition: pdfmake content as plain JSON, using
 * the named styles in DOCUMENT_STYLE_NAMES and the table layout 'official'; images only as data URLs (the
 * renderer refuses URLs and local files). Page options for them: pageOrientation, pageBorder { color } (a double
 * frame), pageFooter: false (no page-number line), attachments [{ name, mimeType, base64, description? }] (PDF
 * embedded files; the licence PDF carries its Verifiable Credential this way).
 */
export { renderPdf, closePdfRenderer, PdfRenderPool, PdfRenderError, type PdfRenderPoolOptions } from './render-pool.ts';
export { DOCUMENT_STYLE_NAMES, type DocumentStyleName, type PdfAttachment, type PdfDefinition, type SealImage } from './pdf-definition.ts';
export { formatChineseDate, type ApplicantRef, type NoticeBase, type RemedyBodies } from './notice-layout.ts';
export { acceptanceNotice, type AcceptanceNoticeData, type ReceivedMaterial } from './acceptance-notice.ts';
export { rejectionNotice, type RejectionNoticeData } from './rejection-notice.ts';
export { correctionNotice, type CorrectionItem, type CorrectionNoticeData } from './correction-notice.ts';
export { decisionLetter, type ApprovedDecision, type DecisionLetterData, type DeniedDecision } from './decision-letter.ts';
export { pickupReceipt, type PickupReceiptData, type ResultDocument } from './pickup-receipt.ts';
