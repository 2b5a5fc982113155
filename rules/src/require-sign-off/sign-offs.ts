/**
 * Closing lines that count as a sign-off, lowercased, matched at the start of one
 * of the last lines. Includes the closings of the markets the teams write to.
 */
export const SIGN_OFFS: readonly string[] = [
  'regards', 'kind regards', 'best regards', 'warm regards', 'warmest regards', 'with kind regards', 'with best regards',
  'best', 'all the best', 'best wishes', 'warm wishes', 'with best wishes', 'sincerely', 'yours sincerely', 'yours faithfully',
  'yours truly', 'yours', 'respectfully', 'cheers', 'thanks', 'thank you', 'many thanks', 'with thanks', 'thanks again',
  'take care', 'talk soon', 'speak soon', 'have a great day', 'have a nice day', 'have a good day', 'have a lovely day',
  'have a great weekend', 'have a nice weekend', 'enjoy', 'happy shopping', 'see you soon', 'until next time',
  'with appreciation', 'gratefully', 'warmly', 'cordially', 'cordialement', 'bien à vous', 'mit freundlichen grüßen',
  'freundliche grüße', 'viele grüße', 'beste grüße', 'liebe grüße', 'met vriendelijke groet', 'groeten', 'saludos',
  'atentamente', 'un saludo', 'cordiali saluti', 'distinti saluti', 'atenciosamente', 'abraços', 'obrigado', 'obrigada',
  'namaste', 'salaam', 'shukran', 'arigato', 'sleep well', 'stay safe', 'greetings', 'love',
  'bien cordialement', 'bonne journée', 'bonne soirée', 'à bientôt', 'vänliga hälsningar', 'med vänlig hälsning', 'hälsningar',
  'med venlig hilsen', 'med vennlig hilsen', 'ystävällisin terveisin', 'groetjes', 'hartelijke groet', 'pozdrawiam', 'z poważaniem',
  's pozdravem', 'üdvözlettel', 'saygılarımla', 'buen viaje', 'un abrazo', 'saluti', 'safe travels', 'have a wonderful trip',
  'have a great trip', 'have a safe trip', 'enjoy your trip', 'enjoy your stay', 'see you there', 'see you then', 'see you',
]
