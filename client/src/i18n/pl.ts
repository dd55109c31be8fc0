import { plAdmin } from './pl/admin';

/** Polish, the default language. Its shape is the type every other language must match. */
export const pl = {
  app: {
    name: 'CAF Benchmark',
    tagline: 'Porównania samooceny CAF i statusu ISO 9001 urzędów samorządowych',
    skipLink: 'Przejdź do treści głównej',
    menu: 'Menu',
    navLabel: 'Nawigacja główna',
    navProgrammes: 'Programy',
    navUsers: 'Użytkownicy',
    navAudit: 'Dziennik zdarzeń',
    navReleases: 'Publikacja cykli',
    demoBanner: 'Dane demonstracyjne: wyniki CAF są syntetyczne',
    footer: 'Wyniki są zanonimizowane. Statystyk obejmujących mniej niż k urzędów nie publikujemy.',
    documentTitle: '{{page}} · CAF Benchmark',
  },
  language: {
    switchTo: 'English',
    switchToCode: 'en',
  },
  status: {
    loading: 'Ładowanie danych…',
    retry: 'Spróbuj ponownie',
    errorTitle: 'Nie udało się wczytać danych',
    errors: {
      network: 'Brak połączenia z serwerem. Sprawdź połączenie z internetem i spróbuj ponownie.',
      notFound: 'Nie znaleziono żądanych danych. Mogły zostać usunięte.',
      badInput: 'Serwer odrzucił zapytanie jako nieprawidłowe.',
      forbidden: 'Nie masz uprawnień do tych danych.',
      unauthenticated: 'Sesja wygasła. Zaloguj się ponownie.',
      conflict: 'Dane zmieniły się w międzyczasie. Odśwież widok i spróbuj ponownie.',
      rateLimited: 'Zbyt wiele żądań. Odczekaj chwilę i spróbuj ponownie.',
      unknown: 'Wystąpił nieoczekiwany błąd serwera.',
    },
  },
  common: {
    none: '—',
    cancel: 'Anuluj',
  },
  forms: {
    checkFields: 'Popraw zaznaczone pola.',
  },
  pagination: {
    label: 'Strony wyników',
    previous: 'Poprzednia strona',
    next: 'Następna strona',
    range: '{{from}}–{{to}} z {{total}}',
  },
  auth: {
    signIn: {
      heading: 'Zaloguj się',
      lead: 'Porównania wyników samooceny CAF są dostępne po zalogowaniu. Konta zakłada administrator.',
      email: 'E-mail',
      password: 'Hasło',
      submit: 'Zaloguj się',
      submitting: 'Logowanie…',
      sessionEnded: 'Sesja wygasła lub została zakończona. Zaloguj się ponownie.',
      errors: {
        emailRequired: 'Podaj adres e-mail.',
        emailInvalid: 'Podaj poprawny adres e-mail.',
        passwordRequired: 'Podaj hasło.',
        invalidCredentials: 'Nieprawidłowy e-mail lub hasło.',
        lockedOut:
          'Zbyt wiele nieudanych prób logowania. Konto jest czasowo zablokowane — spróbuj ponownie za {{minutes}} min.',
      },
    },
    demo: {
      heading: 'Konta demonstracyjne',
      intro: 'Zaloguj się jednym z kont, aby zobaczyć aplikację z perspektywy danej roli.',
      password: 'Hasło do każdego konta:',
      use: 'Użyj',
      useLabel: 'Wpisz dane konta {{email}}',
    },
    invitation: {
      heading: 'Aktywuj konto',
      lead: 'Masz zaproszenie do CAF Benchmark. Ustaw hasło, aby aktywować konto i się zalogować.',
      password: 'Nowe hasło',
      passwordRepeat: 'Powtórz hasło',
      passwordHint: 'Co najmniej {{min}} znaków. Dobrze sprawdza się kilka niepowiązanych słów.',
      submit: 'Ustaw hasło i zaloguj się',
      submitting: 'Zapisywanie…',
      toSignIn: 'Mam już konto — przejdź do logowania',
      errors: {
        passwordTooShort: 'Hasło musi mieć co najmniej {{min}} znaków.',
        passwordMismatch: 'Hasła nie są takie same.',
        invalidLink:
          'Ten link zaproszenia jest nieprawidłowy, został już użyty albo wygasł. Poproś administratora o nowe zaproszenie.',
        alreadyActive:
          'To konto jest już aktywne albo zostało dezaktywowane. Zaloguj się lub skontaktuj się z administratorem.',
      },
    },
    userMenu: {
      label: 'Zalogowany użytkownik',
      noRoles: 'brak przypisanych ról',
      signOut: 'Wyloguj',
    },
  },
  roles: {
    ADMIN: 'Administrator',
    MINISTRY_ANALYST: 'Analityk ministerstwa',
    PROGRAMME_LEADER: 'Lider programu',
    OFFICE_EDITOR: 'Edytor urzędu',
    OFFICE_VIEWER: 'Podgląd urzędu',
    withScope: '{{role}}: {{scope}}',
  },
  userStatus: {
    ACTIVE: 'aktywne',
    INVITED: 'zaproszone',
    DEACTIVATED: 'dezaktywowane',
  },
  ...plAdmin,
  programme: {
    pickerLabel: 'Program',
    noProgrammes: 'Nie ma jeszcze żadnych programów.',
    period: 'Okres realizacji',
    periodOpenEnded: 'od {{start}}',
    fundingSource: 'Źródło finansowania',
    minGroupSize: 'Minimalna liczebność grupy (k)',
    minGroupSizeHint: 'Statystyk obejmujących mniej urzędów nie publikujemy.',
    detailsLabel: 'Informacje o programie',
  },
  participants: {
    heading: 'Urzędy uczestniczące',
    caption:
      'Urzędy uczestniczące w programie: typ JST, województwo, status ISO 9001 i etykieta „Skuteczny Użytkownik CAF”',
    total: 'Liczba urzędów: {{total}}',
    empty: 'W tym programie nie ma jeszcze urzędów.',
    leader: 'lider',
    officeMeta: 'TERYT {{teryt}} · {{population}} mieszk.',
    sortByName: 'Sortuj według nazwy',
    downloadCsv: 'Pobierz CSV',
    columns: {
      name: 'Urząd',
      jstType: 'Typ JST',
      voivodeship: 'Województwo',
      iso: 'ISO 9001',
      cafLabel: 'Skuteczny Użytkownik CAF',
    },
    isoValidUntil: 'ważny do {{date}}',
    cafValidUntil: 'ważna do {{date}}',
  },
  jstType: {
    GMINA_MIEJSKA: 'gmina miejska',
    GMINA_WIEJSKA: 'gmina wiejska',
    GMINA_MIEJSKO_WIEJSKA: 'gmina miejsko-wiejska',
    MIASTO_NA_PRAWACH_POWIATU: 'miasto na prawach powiatu',
    POWIAT: 'powiat',
    WOJEWODZTWO: 'województwo',
  },
  isoStatus: {
    NOT_STARTED: 'nie wdrożono',
    IMPLEMENTING: 'wdrażanie',
    AUDIT_PLANNED: 'audyt zaplanowany',
    CERTIFIED: 'certyfikat ważny',
    RECERTIFICATION_DUE: 'przed recertyfikacją',
    SUSPENDED: 'certyfikat zawieszony',
    WITHDRAWN: 'certyfikat cofnięty',
    EXPIRED: 'certyfikat wygasł',
  },
  cafLabelStatus: {
    VALID: 'ważna',
    EXPIRED: 'wygasła',
    NONE: 'brak',
  },
  criteria: {
    heading: 'Średnia programu według kryteriów CAF',
    regionLabel: 'Średnia programu według kryteriów CAF, cykl {{year}}',
    cycleLabel: 'Cykl oceny',
    noCycles: 'Nie opublikowano jeszcze żadnego cyklu oceny z samoocenami urzędów tego programu.',
    xAxis: 'Kryterium CAF',
    yAxis: 'Średnia (0–100)',
    tableCaption: 'Średnia programu według kryteriów CAF, cykl {{year}}: wartości liczbowe',
    columns: {
      criterion: 'Kryterium',
      n: 'Urzędy (n)',
      mean: 'Średnia',
    },
    kind: {
      ENABLER: 'Kryteria potencjału (1–5)',
      RESULT: 'Kryteria wyników (6–9)',
    },
    suppressedShort: 'ukryte',
    suppressedLegend: 'Ukryte (ochrona poufności urzędów)',
    tooltipN: 'urzędy: {{n}}',
    cafVersions: 'Wersje CAF w cyklu: {{versions}}',
    caveat: {
      INCLUDES_CAF_2006: 'CAF 2006 porównywany tylko na poziomie kryteriów.',
    },
    synthetic: 'Wyniki syntetyczne (dane demonstracyjne), nie są to oceny rzeczywistych urzędów.',
    minGroupSize: 'Średnie obejmujące mniej niż {{k}} urzędów są ukryte.',
    perturbation:
      'Wartości są celowo lekko zaburzone, aby chronić wyniki poszczególnych urzędów: typowe odchylenie od prawdziwej średniej ±{{typical}}\u00a0pkt, najwyżej ±{{max}}\u00a0pkt.',
    noAccessTitle: 'Brak dostępu do statystyk tego programu',
    noAccess:
      'Średnie według kryteriów widzą lider i urzędy uczestniczące w programie, analitycy ministerstwa oraz administratorzy. Listę urzędów uczestniczących widzą wszyscy zalogowani.',
  },
  suppression: {
    BELOW_MIN_GROUP_SIZE: 'ukryte: mniej niż k urzędów (k = {{k}})',
    SPARSE_AROUND_QUANTILE:
      'ukryte: wyniki wokół tej wartości leżą zbyt daleko od siebie — mogłaby zdradzić wynik jednego urzędu',
    NEEDS_LARGER_GROUP: 'ukryte: ta statystyka wymaga większej grupy urzędów',
    CYCLE_NOT_RELEASED: 'ukryte: cykl nie został jeszcze opublikowany',
  },
};

type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** Every language provides exactly the Polish keys. */
export type Translations = Messages<typeof pl>;
