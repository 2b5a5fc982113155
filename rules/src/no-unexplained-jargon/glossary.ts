/**
 * Abbreviations and codes that support and logistics teams use every day and
 * customers do not know. `explain` is added in brackets on first use; `plain`
 * terms are internal and better replaced by the plain wording.
 */
export interface GlossaryEntry {
  explain: string
  /** Internal shorthand the customer never needs: suggest replacing it, not explaining it. */
  plain?: boolean
  /**
   * Also the start of names and references: "FC Barcelona" is a club and "#FC-40172" an order number, not our
   * fulfilment centre; skipped before a capitalised word and inside a joined reference.
   */
  startsNames?: boolean
}

export const GLOSSARY: Record<string, GlossaryEntry> = {
  RMA: { explain: 'return authorisation number' },
  SKU: { explain: 'product code' },
  AWB: { explain: 'air waybill, the air-freight tracking number' },
  DDP: { explain: 'delivered duty paid: we pay the import duties' },
  DAP: { explain: 'delivered at place: import duties are paid on delivery' },
  DDU: { explain: 'delivered duty unpaid: import duties are paid on delivery' },
  'HS code': { explain: 'the international customs category of the product' },
  HTS: { explain: 'the US customs tariff category of the product' },
  IOSS: { explain: 'the EU import VAT scheme' },
  EORI: { explain: 'the EU customs registration number' },
  POD: { explain: 'proof of delivery' },
  MOQ: { explain: 'minimum order quantity' },
  DG: { explain: 'dangerous goods, such as batteries and aerosols' },
  ASN: { explain: 'advance shipping notice' },
  BOL: { explain: 'bill of lading, the freight shipping document' },
  LTL: { explain: 'less-than-truckload: shared freight delivery' },
  FTL: { explain: 'full truckload: a lorry booked for one shipment' },
  DC: { explain: 'our warehouse', plain: true },
  '3PL': { explain: 'our logistics partner', plain: true },
  QC: { explain: 'our quality check', plain: true },
  IQC: { explain: 'our incoming quality check', plain: true },
  OQC: { explain: 'our outgoing quality check', plain: true },
  FQC: { explain: 'our final quality check', plain: true },
  L1: { explain: 'our support team', plain: true },
  L2: { explain: 'our specialist team', plain: true },
  L3: { explain: 'our technical team', plain: true },
  T1: { explain: 'our support team', plain: true },
  T2: { explain: 'our specialist team', plain: true },
  T3: { explain: 'our technical team', plain: true },
  WISMO: { explain: 'order-status enquiry', plain: true },
  NDR: { explain: 'a failed delivery attempt', plain: true },
  RTO: { explain: 'return to our warehouse', plain: true },
  RTS: { explain: 'return to sender', plain: true },
  RTV: { explain: 'return to the manufacturer', plain: true },
  NFF: { explain: 'no fault found', plain: true },
  OOS: { explain: 'out of stock', plain: true },
  TAT: { explain: 'processing time', plain: true },
  SLA: { explain: 'our promised response time', plain: true },
  EOD: { explain: 'the end of the day', plain: true },
  COB: { explain: 'the end of the business day', plain: true },
  ETD: { explain: 'dispatch date', plain: true },
  DOA: { explain: 'faulty on arrival', plain: true },
  EOW: { explain: 'the end of the week', plain: true },
  EOM: { explain: 'the end of the month', plain: true },
  NBD: { explain: 'the next business day', plain: true },
  LMC: { explain: 'the local delivery company', plain: true },
  WMS: { explain: 'our warehouse system', plain: true },
  OMS: { explain: 'our order system', plain: true },
  ERP: { explain: 'our order system', plain: true },
  CRM: { explain: 'our customer records', plain: true },
  CDN: { explain: 'content delivery network, the servers that deliver downloads' },
  PCCC: { explain: 'personal customs clearance code' },
  KYC: { explain: 'identity check', plain: true },
  FC: { explain: 'our warehouse', plain: true, startsNames: true },
  BO: { explain: 'on back order', plain: true, startsNames: true },
  PRL: { explain: 'prepaid return label' },
  ETF: { explain: 'early termination fee' },
  OOW: { explain: 'out of warranty', plain: true },
  AVS: { explain: 'the card address check', plain: true },
  ARN: { explain: 'acquirer reference number, the bank reference that lets your bank trace the refund' },
  UTR: { explain: 'unique transaction reference, the bank reference of the transfer' },
  PNR: { explain: 'booking reference' },
  GDS: { explain: 'the airline booking system', plain: true },
  ONT: { explain: 'optical network terminal, the fibre box in your home', startsNames: true },
  CDR: { explain: 'call records', plain: true },
  MRR: { explain: 'monthly charge', plain: true },
}
