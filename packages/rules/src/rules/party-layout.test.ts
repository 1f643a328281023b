import {
  PARTY_REPORT,
  PARTY_RESOLUTION,
  STATE_LETTER_WITH_PARTY_PREFIX
} from "../../../../tests/regimes/documents.js"
import { ruleTester } from "../testing/rule-tester.js"
import rule from "./party-layout.js"

ruleTester(rule).run({
  valid: [
    { name: "the verbatim lines of 60-NQ/TW", text: PARTY_RESOLUTION },
    { name: "a Party report signed T/M BAN THƯỜNG VỤ", text: PARTY_REPORT },
    // A state letter that signs `T/M` is no Party document: the state rule
    // `signing-authority/prefixForm` reports it, not this one.
    { name: "a state letter is not judged by the Party rules", text: STATE_LETTER_WITH_PARTY_PREFIX }
  ],
  invalid: [
    {
      name: "the state prefix TM. in a Party document",
      text: PARTY_RESOLUTION.replace("T/M BAN CHẤP HÀNH TRUNG ƯƠNG", "TM. BAN CHẤP HÀNH TRUNG ƯƠNG"),
      errors: [{ messageId: "prefixForm", line: 24 }]
    },
    {
      name: "a colon after Số",
      text: PARTY_REPORT.replace("Số 15-BC/ĐU", "Số: 15-BC/ĐU"),
      errors: [{ messageId: "numberColon", line: 4 }]
    },
    {
      name: "a number in the state form, recognised from the other Party cues",
      text: PARTY_REPORT.replace("Số 15-BC/ĐU", "Số: 15/BC-ĐU"),
      errors: [{ messageId: "numberForm", line: 4 }]
    },
    {
      name: "no ĐẢNG CỘNG SẢN VIỆT NAM, recognised from the number, the issuer and T/M",
      text: PARTY_REPORT.replace("ĐẢNG CỘNG SẢN VIỆT NAM\n", ""),
      errors: [{ messageId: "missingHeader", line: 1 }]
    }
  ]
})
