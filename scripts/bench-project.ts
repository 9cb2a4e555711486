/**
 * The project benchmark (#13, item 6): a generated docs site in git, checked
 * whole with staleness, then again with `--cache` after one page changed.
 *
 *     npx tsx scripts/bench-project.ts                 # 1,000 pages × 10 locales, 300 commits
 *     npx tsx scripts/bench-project.ts --quick         # 100 pages × 3 locales, 60 commits
 *     npx tsx scripts/bench-project.ts --pages 500 --locales 5 --commits 200 --runs 1 --keep
 *     npx tsx scripts/bench-project.ts --bin /elsewhere/bin/translint.js   # another build
 *     npx tsx scripts/bench-project.ts --generate-only --keep          # only the repository
 *
 * `npm run bench` runs it at full size after the other benchmarks
 * (scripts/bench.ts). Build first (`npm run build:lib`): it spawns
 * bin/translint.js.
 *
 * **The repository.** English pages of about 2 KB (front matter, a title,
 * sections with headings, paragraphs, a list, a link to another page, a
 * code block, numbers, acronyms) in nested folders under docs/en/, and their
 * translations under docs/{locale}/ in fr, de, es, it, pt-BR, nl, ca, pl, sv
 * and ru (the first `--locales`). Pages are built from a pool of real
 * sentences per language, translated sentence for sentence, with numbers
 * varied per page, so that every rule (spelling included) sees real words.
 * Its history is written with one `git fast-import` per phase:
 *
 * 1. the English import, then one commit per locale adding its translations
 *    (about 1 % of pages left untranslated);
 * 2. source edits (a number, a sentence, an added sentence or paragraph in
 *    1 to 6 pages a commit), translation updates (a locale brings up to 40
 *    outdated pages up to date), new English pages (untranslated: missing)
 *    and one removal of English pages whose translations stay (orphans);
 * 3. pl and pt-BR then record `l10n.sourceCommit` in the front matter of
 *    every translation (the commit of the source text they follow), and
 *    the same mix goes on, those two locales naming the source commit in
 *    every update.
 *
 * The generator knows which translations follow an older source text, and
 * the bench checks that the report marks exactly those as stale.
 *
 * **What is measured** (each a whole new process, `--format json`: wall
 * time, CPU time and peak RSS from `/usr/bin/time`, and the CPU time other
 * processes took meanwhile from /proc/stat, since a shared machine's wall
 * times mean little without it; medians of `--runs`, default `BENCH_RUNS`
 * or 3):
 *
 * - cold: no cache, with staleness (dictionary images made by an earlier,
 *   untimed run on a small project, as scripts/bench.ts does); a cold run
 *   over 120 s is not repeated;
 * - `--cache` after one translation changed, and after one source page
 *   changed (a cache filled by a first `--cache` run; every timed run
 *   changes another page), and with nothing changed;
 * - baselines in the same run: the native `hunspell -l` over every
 *   translation (one process per locale), and the least that any run with
 *   staleness does: `git status`, `git log --name-only` over docs/ and
 *   reading every page (`cat`).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const defaultBin = path.join(root, 'bin', 'translint.js')
/** The dictionary images' folder variable (src/dictionaries/images.ts IMAGE_ENV). */
const IMAGE_ENV = 'TRANSLINT_DICTIONARY_CACHE'
/** A cold run slower than this (ms) is measured once. */
const SLOW_COLD = 120_000

// ---------------------------------------------------------------------------
// Sentences: one pool per language, translated entry for entry. `{n}` is a
// number, `{link}…{/link}` a link's text.

interface Pool {
  headings: string[]
  sentences: string[]
  items: string[]
}

const POOLS: Record<string, Pool> = {
  en: {
    headings: ['Installation', 'Configuration', 'Getting started', 'Troubleshooting', 'Security', 'Performance', 'Next steps', 'Requirements', 'Examples', 'Limitations'],
    sentences: [
      'The server listens on port {n} by default.',
      'You can change this setting in the configuration file.',
      'Each request can contain up to {n} fields.',
      'The API returns an error when the token has expired.',
      'Restart the service after every change to the settings.',
      'Logs are kept for {n} days and then deleted automatically.',
      'This page explains how to install the client on a new computer.',
      'Most users only need the default options.',
      'The CLI checks {n} files at a time.',
      'If the connection fails, the client tries again after {n} seconds.',
      'Read the security guide before you open the server to the public.',
      'Every user has a personal folder that can hold {n} documents.',
      'The HTTP interface accepts only encrypted connections.',
      'Large projects can take several minutes to build.',
      'You need administrator rights to install the package.',
      'The new version is faster and uses less memory.',
      'Backups are created every {n} hours.',
      'Send us a message if you find a mistake in the documentation.',
      'Up to {n} people can work on the same project.',
      'The report lists every problem with its line and column.',
      'For more details, see {link}the configuration guide{/link}.',
      'Read {link}the installation instructions{/link} first.'
    ],
    items: ['Download the latest release.', 'Unpack the archive into an empty folder.', 'Open a terminal in that folder.', 'Run the installer and follow the instructions.', 'Check that the service is running.', 'Create a user account for each team member.', 'Set the time zone of the server.', 'Turn on automatic updates.']
  },
  fr: {
    headings: ['Installation', 'Configuration', 'Prise en main', 'Dépannage', 'Sécurité', 'Performances', 'Étapes suivantes', 'Prérequis', 'Exemples', 'Limites'],
    sentences: [
      'Le serveur écoute sur le port {n} par défaut.',
      'Vous pouvez modifier ce paramètre dans le fichier de configuration.',
      "Chaque requête peut contenir jusqu'à {n} champs.",
      "L'API renvoie une erreur lorsque le jeton a expiré.",
      'Redémarrez le service après chaque modification des paramètres.',
      'Les journaux sont conservés pendant {n} jours, puis supprimés automatiquement.',
      'Cette page explique comment installer le client sur un nouvel ordinateur.',
      "La plupart des utilisateurs n'ont besoin que des options par défaut.",
      'La CLI vérifie {n} fichiers à la fois.',
      'Si la connexion échoue, le client réessaie après {n} secondes.',
      "Lisez le guide de sécurité avant d'ouvrir le serveur au public.",
      "Chaque utilisateur dispose d'un dossier personnel qui peut contenir {n} documents.",
      "L'interface HTTP n'accepte que les connexions chiffrées.",
      'La compilation des grands projets peut prendre plusieurs minutes.',
      "Vous devez disposer des droits d'administrateur pour installer le paquet.",
      'La nouvelle version est plus rapide et utilise moins de mémoire.',
      'Les sauvegardes sont créées toutes les {n} heures.',
      'Envoyez-nous un message si vous trouvez une erreur dans la documentation.',
      "Jusqu'à {n} personnes peuvent travailler sur le même projet.",
      'Le rapport indique chaque problème avec sa ligne et sa colonne.',
      'Pour plus de détails, consultez {link}le guide de configuration{/link}.',
      "Lisez d'abord {link}les instructions d'installation{/link}."
    ],
    items: ['Téléchargez la dernière version.', "Décompressez l'archive dans un dossier vide.", 'Ouvrez un terminal dans ce dossier.', "Lancez le programme d'installation et suivez les instructions.", 'Vérifiez que le service fonctionne.', "Créez un compte utilisateur pour chaque membre de l'équipe.", 'Réglez le fuseau horaire du serveur.', 'Activez les mises à jour automatiques.']
  },
  de: {
    headings: ['Installation', 'Konfiguration', 'Erste Schritte', 'Fehlerbehebung', 'Sicherheit', 'Leistung', 'Nächste Schritte', 'Voraussetzungen', 'Beispiele', 'Einschränkungen'],
    sentences: [
      'Der Server lauscht standardmäßig auf Port {n}.',
      'Sie können diese Einstellung in der Konfigurationsdatei ändern.',
      'Jede Anfrage kann bis zu {n} Felder enthalten.',
      'Die API gibt einen Fehler zurück, wenn das Token abgelaufen ist.',
      'Starten Sie den Dienst nach jeder Änderung der Einstellungen neu.',
      'Protokolle werden {n} Tage lang aufbewahrt und dann automatisch gelöscht.',
      'Diese Seite erklärt, wie Sie den Client auf einem neuen Computer installieren.',
      'Die meisten Benutzer brauchen nur die Standardoptionen.',
      'Die CLI prüft {n} Dateien gleichzeitig.',
      'Wenn die Verbindung fehlschlägt, versucht es der Client nach {n} Sekunden erneut.',
      'Lesen Sie die Sicherheitsanleitung, bevor Sie den Server öffentlich zugänglich machen.',
      'Jeder Benutzer hat einen persönlichen Ordner für bis zu {n} Dokumente.',
      'Die HTTP-Schnittstelle akzeptiert nur verschlüsselte Verbindungen.',
      'Große Projekte können mehrere Minuten zum Erstellen brauchen.',
      'Sie benötigen die Rechte eines Administrators, um das Paket zu installieren.',
      'Die neue Version ist schneller und verbraucht weniger Speicher.',
      'Sicherungen werden alle {n} Stunden erstellt.',
      'Schreiben Sie uns, wenn Sie einen Fehler in der Dokumentation finden.',
      'Bis zu {n} Personen können am selben Projekt arbeiten.',
      'Der Bericht listet jedes Problem mit Zeile und Spalte auf.',
      'Weitere Informationen finden Sie in {link}der Konfigurationsanleitung{/link}.',
      'Lesen Sie zuerst {link}die Installationsanleitung{/link}.'
    ],
    items: ['Laden Sie die neueste Version herunter.', 'Entpacken Sie das Archiv in einen leeren Ordner.', 'Öffnen Sie ein Terminal in diesem Ordner.', 'Starten Sie das Installationsprogramm und folgen Sie den Anweisungen.', 'Prüfen Sie, ob der Dienst läuft.', 'Legen Sie für jedes Mitglied des Teams ein Benutzerkonto an.', 'Stellen Sie die Zeitzone des Servers ein.', 'Aktivieren Sie automatische Updates.']
  },
  es: {
    headings: ['Instalación', 'Configuración', 'Primeros pasos', 'Solución de problemas', 'Seguridad', 'Rendimiento', 'Próximos pasos', 'Requisitos', 'Ejemplos', 'Limitaciones'],
    sentences: [
      'El servidor escucha en el puerto {n} de forma predeterminada.',
      'Puede cambiar este ajuste en el archivo de configuración.',
      'Cada solicitud puede contener hasta {n} campos.',
      'La API devuelve un error cuando el token ha caducado.',
      'Reinicie el servicio después de cada cambio en la configuración.',
      'Los registros se conservan durante {n} días y luego se eliminan automáticamente.',
      'Esta página explica cómo instalar el cliente en un ordenador nuevo.',
      'La mayoría de los usuarios solo necesita las opciones predeterminadas.',
      'La CLI comprueba {n} archivos a la vez.',
      'Si la conexión falla, el cliente vuelve a intentarlo después de {n} segundos.',
      'Lea la guía de seguridad antes de abrir el servidor al público.',
      'Cada usuario tiene una carpeta personal que puede contener {n} documentos.',
      'La interfaz HTTP solo acepta conexiones cifradas.',
      'Los proyectos grandes pueden tardar varios minutos en compilarse.',
      'Necesita permisos de administrador para instalar el paquete.',
      'La nueva versión es más rápida y usa menos memoria.',
      'Las copias de seguridad se crean cada {n} horas.',
      'Envíenos un mensaje si encuentra un error en la documentación.',
      'Hasta {n} personas pueden trabajar en el mismo proyecto.',
      'El informe muestra cada problema con su línea y su columna.',
      'Para más detalles, consulte {link}la guía de configuración{/link}.',
      'Lea primero {link}las instrucciones de instalación{/link}.'
    ],
    items: ['Descargue la última versión.', 'Descomprima el archivo en una carpeta vacía.', 'Abra una terminal en esa carpeta.', 'Ejecute el instalador y siga las instrucciones.', 'Compruebe que el servicio está en funcionamiento.', 'Cree una cuenta de usuario para cada miembro del equipo.', 'Configure la zona horaria del servidor.', 'Active las actualizaciones automáticas.']
  },
  it: {
    headings: ['Installazione', 'Configurazione', 'Per iniziare', 'Risoluzione dei problemi', 'Sicurezza', 'Prestazioni', 'Passi successivi', 'Requisiti', 'Esempi', 'Limitazioni'],
    sentences: [
      'Per impostazione predefinita il server è in ascolto sulla porta {n}.',
      'Puoi modificare questa impostazione nel file di configurazione.',
      'Ogni richiesta può contenere fino a {n} campi.',
      "L'API restituisce un errore quando il token è scaduto.",
      'Riavvia il servizio dopo ogni modifica delle impostazioni.',
      'I registri vengono conservati per {n} giorni e poi eliminati automaticamente.',
      'Questa pagina spiega come installare il client su un nuovo computer.',
      'La maggior parte degli utenti ha bisogno solo delle opzioni predefinite.',
      'La CLI controlla {n} file alla volta.',
      'Se la connessione non riesce, il client riprova dopo {n} secondi.',
      'Leggi la guida alla sicurezza prima di aprire il server al pubblico.',
      'Ogni utente ha una cartella personale che può contenere {n} documenti.',
      "L'interfaccia HTTP accetta solo connessioni cifrate.",
      'La compilazione dei progetti grandi può richiedere diversi minuti.',
      'Servono i diritti di amministratore per installare il pacchetto.',
      'La nuova versione è più veloce e usa meno memoria.',
      'I backup vengono creati ogni {n} ore.',
      'Inviaci un messaggio se trovi un errore nella documentazione.',
      'Fino a {n} persone possono lavorare allo stesso progetto.',
      'Il rapporto elenca ogni problema con la sua riga e la sua colonna.',
      'Per maggiori dettagli, consulta {link}la guida alla configurazione{/link}.',
      'Leggi prima {link}le istruzioni di installazione{/link}.'
    ],
    items: ["Scarica l'ultima versione.", "Estrai l'archivio in una cartella vuota.", 'Apri un terminale in quella cartella.', 'Avvia il programma di installazione e segui le istruzioni.', 'Verifica che il servizio sia in esecuzione.', 'Crea un account utente per ogni membro del team.', 'Imposta il fuso orario del server.', 'Attiva gli aggiornamenti automatici.']
  },
  'pt-BR': {
    headings: ['Instalação', 'Configuração', 'Primeiros passos', 'Solução de problemas', 'Segurança', 'Desempenho', 'Próximos passos', 'Requisitos', 'Exemplos', 'Limitações'],
    sentences: [
      'Por padrão, o servidor escuta na porta {n}.',
      'Você pode alterar essa opção no arquivo de configuração.',
      'Cada solicitação pode conter até {n} campos.',
      'A API retorna um erro quando a chave de acesso expirou.',
      'Reinicie o serviço após cada alteração nas configurações.',
      'Os registros são mantidos por {n} dias e depois excluídos automaticamente.',
      'Esta página explica como instalar o cliente em um computador novo.',
      'A maioria dos usuários precisa apenas das opções padrão.',
      'A CLI verifica {n} arquivos de cada vez.',
      'Se a conexão falhar, o cliente tenta novamente após {n} segundos.',
      'Leia o guia de segurança antes de abrir o servidor ao público.',
      'Cada usuário tem uma pasta pessoal que pode conter {n} documentos.',
      'A interface HTTP aceita apenas conexões criptografadas.',
      'Projetos grandes podem levar vários minutos para compilar.',
      'Você precisa de permissões de administrador para instalar o pacote.',
      'A nova versão é mais rápida e usa menos memória.',
      'Os backups são criados a cada {n} horas.',
      'Envie uma mensagem se encontrar um erro na documentação.',
      'Até {n} pessoas podem trabalhar no mesmo projeto.',
      'O relatório lista cada problema com sua linha e sua coluna.',
      'Para mais detalhes, consulte {link}o guia de configuração{/link}.',
      'Leia primeiro {link}as instruções de instalação{/link}.'
    ],
    items: ['Baixe a versão mais recente.', 'Descompacte o arquivo em uma pasta vazia.', 'Abra um terminal nessa pasta.', 'Execute o instalador e siga as instruções.', 'Verifique se o serviço está em execução.', 'Crie uma conta de usuário para cada membro da equipe.', 'Defina o fuso horário do servidor.', 'Ative as atualizações automáticas.']
  },
  nl: {
    headings: ['Installatie', 'Configuratie', 'Aan de slag', 'Problemen oplossen', 'Beveiliging', 'Prestaties', 'Volgende stappen', 'Vereisten', 'Voorbeelden', 'Beperkingen'],
    sentences: [
      'De server luistert standaard op poort {n}.',
      'U kunt deze instelling wijzigen in het configuratiebestand.',
      'Elk verzoek kan maximaal {n} velden bevatten.',
      'De API geeft een fout terug wanneer het token is verlopen.',
      'Start de dienst opnieuw na elke wijziging van de instellingen.',
      'Logboeken worden {n} dagen bewaard en daarna automatisch verwijderd.',
      'Deze pagina legt uit hoe u de client op een nieuwe computer installeert.',
      'De meeste gebruikers hebben alleen de standaardopties nodig.',
      'De CLI controleert {n} bestanden tegelijk.',
      'Als de verbinding mislukt, probeert de client het na {n} seconden opnieuw.',
      'Lees de beveiligingshandleiding voordat u de server openbaar maakt.',
      'Elke gebruiker heeft een persoonlijke map waarin {n} documenten passen.',
      'De HTTP-interface accepteert alleen versleutelde verbindingen.',
      'Het bouwen van grote projecten kan enkele minuten duren.',
      'U hebt beheerdersrechten nodig om het pakket te installeren.',
      'De nieuwe versie is sneller en gebruikt minder geheugen.',
      'Er wordt elke {n} uur een back-up gemaakt.',
      'Stuur ons een bericht als u een fout in de documentatie vindt.',
      'Maximaal {n} mensen kunnen aan hetzelfde project werken.',
      'Het rapport toont elk probleem met de regel en de kolom.',
      'Zie {link}de configuratiehandleiding{/link} voor meer informatie.',
      'Lees eerst {link}de installatie-instructies{/link}.'
    ],
    items: ['Download de nieuwste versie.', 'Pak het archief uit in een lege map.', 'Open een terminal in die map.', 'Voer het installatieprogramma uit en volg de instructies.', 'Controleer of de dienst draait.', 'Maak een gebruikersaccount aan voor elk teamlid.', 'Stel de tijdzone van de server in.', 'Schakel automatische updates in.']
  },
  ca: {
    headings: ['Instal·lació', 'Configuració', 'Primers passos', 'Resolució de problemes', 'Seguretat', 'Rendiment', 'Passos següents', 'Requisits', 'Exemples', 'Limitacions'],
    sentences: [
      'Per defecte, el servidor escolta al port {n}.',
      'Podeu canviar aquest paràmetre al fitxer de configuració.',
      'Cada sol·licitud pot contenir fins a {n} camps.',
      "L'API retorna un error quan el testimoni ha caducat.",
      'Reinicieu el servei després de cada canvi en la configuració.',
      "Els registres es conserven durant {n} dies i després s'eliminen automàticament.",
      'Aquesta pàgina explica com instal·lar el client en un ordinador nou.',
      'La majoria dels usuaris només necessiten les opcions per defecte.',
      'La CLI comprova {n} fitxers alhora.',
      "Si la connexió falla, el client torna a intentar-ho al cap de {n} segons.",
      "Llegiu la guia de seguretat abans d'obrir el servidor al públic.",
      'Cada usuari té una carpeta personal que pot contenir {n} documents.',
      'La interfície HTTP només accepta connexions xifrades.',
      'Compilar projectes grans pot trigar uns quants minuts.',
      "Necessiteu permisos d'administrador per instal·lar el paquet.",
      'La versió nova és més ràpida i fa servir menys memòria.',
      'Les còpies de seguretat es creen cada {n} hores.',
      'Envieu-nos un missatge si trobeu un error a la documentació.',
      'Fins a {n} persones poden treballar en el mateix projecte.',
      "L'informe mostra cada problema amb la seva línia i la seva columna.",
      'Per a més detalls, consulteu {link}la guia de configuració{/link}.',
      "Llegiu primer {link}les instruccions d'instal·lació{/link}."
    ],
    items: ['Baixeu la darrera versió.', "Descomprimiu l'arxiu en una carpeta buida.", 'Obriu un terminal en aquesta carpeta.', "Executeu l'instal·lador i seguiu les instruccions.", 'Comproveu que el servei funciona.', "Creeu un compte d'usuari per a cada membre de l'equip.", 'Definiu el fus horari del servidor.', 'Activeu les actualitzacions automàtiques.']
  },
  pl: {
    headings: ['Instalacja', 'Konfiguracja', 'Pierwsze kroki', 'Rozwiązywanie problemów', 'Bezpieczeństwo', 'Wydajność', 'Następne kroki', 'Wymagania', 'Przykłady', 'Ograniczenia'],
    sentences: [
      'Domyślnie serwer nasłuchuje na porcie {n}.',
      'To ustawienie można zmienić w pliku konfiguracyjnym.',
      'Każde żądanie może zawierać do {n} pól.',
      'API zwraca błąd, gdy token wygasł.',
      'Uruchom usługę ponownie po każdej zmianie ustawień.',
      'Dzienniki są przechowywane przez {n} dni, a następnie automatycznie usuwane.',
      'Ta strona wyjaśnia, jak zainstalować klienta na nowym komputerze.',
      'Większość użytkowników potrzebuje tylko opcji domyślnych.',
      'CLI sprawdza {n} plików naraz.',
      'Jeśli połączenie się nie powiedzie, klient ponowi próbę po {n} sekundach.',
      'Przeczytaj przewodnik po zabezpieczeniach, zanim udostępnisz serwer publicznie.',
      'Każdy użytkownik ma folder osobisty, który może pomieścić {n} dokumentów.',
      'Interfejs HTTP przyjmuje tylko szyfrowane połączenia.',
      'Budowanie dużych projektów może potrwać kilka minut.',
      'Do zainstalowania pakietu potrzebne są uprawnienia administratora.',
      'Nowa wersja jest szybsza i zużywa mniej pamięci.',
      'Kopie zapasowe są tworzone co {n} godzin.',
      'Napisz do nas, jeśli znajdziesz błąd w dokumentacji.',
      'Nad jednym projektem może pracować do {n} osób.',
      'Raport zawiera każdy problem wraz z wierszem i kolumną.',
      'Więcej informacji znajdziesz w {link}przewodniku po konfiguracji{/link}.',
      'Najpierw przeczytaj {link}instrukcję instalacji{/link}.'
    ],
    items: ['Pobierz najnowszą wersję.', 'Rozpakuj archiwum do pustego folderu.', 'Otwórz terminal w tym folderze.', 'Uruchom instalator i postępuj zgodnie z instrukcjami.', 'Sprawdź, czy usługa działa.', 'Utwórz konto użytkownika dla każdego członka zespołu.', 'Ustaw strefę czasową serwera.', 'Włącz automatyczne aktualizacje.']
  },
  sv: {
    headings: ['Installation', 'Konfiguration', 'Kom igång', 'Felsökning', 'Säkerhet', 'Prestanda', 'Nästa steg', 'Krav', 'Exempel', 'Begränsningar'],
    sentences: [
      'Servern lyssnar som standard på port {n}.',
      'Du kan ändra den här inställningen i konfigurationsfilen.',
      'Varje begäran kan innehålla upp till {n} fält.',
      'API returnerar ett fel när token har gått ut.',
      'Starta om tjänsten efter varje ändring av inställningarna.',
      'Loggar sparas i {n} dagar och tas sedan bort automatiskt.',
      'Den här sidan förklarar hur du installerar klienten på en ny dator.',
      'De flesta användare behöver bara standardalternativen.',
      'CLI kontrollerar {n} filer åt gången.',
      'Om anslutningen misslyckas försöker klienten igen efter {n} sekunder.',
      'Läs säkerhetsguiden innan du öppnar servern för allmänheten.',
      'Varje användare har en personlig mapp som rymmer {n} dokument.',
      'HTTP-gränssnittet accepterar bara krypterade anslutningar.',
      'Stora projekt kan ta flera minuter att bygga.',
      'Du behöver administratörsbehörighet för att installera paketet.',
      'Den nya versionen är snabbare och använder mindre minne.',
      'Säkerhetskopior skapas med {n} timmars mellanrum.',
      'Skicka ett meddelande till oss om du hittar ett fel i dokumentationen.',
      'Upp till {n} personer kan arbeta i samma projekt.',
      'Rapporten visar varje problem med rad och kolumn.',
      'Mer information finns i {link}konfigurationsguiden{/link}.',
      'Läs {link}installationsanvisningarna{/link} först.'
    ],
    items: ['Ladda ner den senaste versionen.', 'Packa upp arkivet i en tom mapp.', 'Öppna en terminal i den mappen.', 'Kör installationsprogrammet och följ anvisningarna.', 'Kontrollera att tjänsten körs.', 'Skapa ett användarkonto för varje teammedlem.', 'Ställ in serverns tidszon.', 'Aktivera automatiska uppdateringar.']
  },
  ru: {
    headings: ['Установка', 'Настройка', 'Начало работы', 'Устранение неполадок', 'Безопасность', 'Производительность', 'Дальнейшие шаги', 'Требования', 'Примеры', 'Ограничения'],
    sentences: [
      'По умолчанию сервер прослушивает порт {n}.',
      'Этот параметр можно изменить в файле конфигурации.',
      'Каждый запрос может содержать до {n} полей.',
      'API возвращает ошибку, если срок действия ключа доступа истек.',
      'Перезапустите службу после каждого изменения настроек.',
      'Журналы хранятся {n} дней, а затем удаляются автоматически.',
      'На этой странице описано, как установить клиент на новый компьютер.',
      'Большинству пользователей нужны только параметры по умолчанию.',
      'CLI проверяет {n} файлов за раз.',
      'Если соединение не удалось, клиент повторяет попытку через {n} секунд.',
      'Прочитайте руководство по безопасности, прежде чем открывать сервер для всех.',
      'У каждого пользователя есть личная папка, в которой помещается {n} документов.',
      'Интерфейс HTTP принимает только зашифрованные соединения.',
      'Сборка больших проектов может занять несколько минут.',
      'Для установки пакета нужны права администратора.',
      'Новая версия работает быстрее и использует меньше памяти.',
      'Резервные копии создаются каждые {n} часов.',
      'Напишите нам, если найдете ошибку в документации.',
      'Над одним проектом могут работать до {n} человек.',
      'В отчете указана каждая проблема со строкой и столбцом.',
      'Подробнее читайте в {link}руководстве по настройке{/link}.',
      'Сначала прочитайте {link}инструкции по установке{/link}.'
    ],
    items: ['Скачайте последнюю версию.', 'Распакуйте архив в пустую папку.', 'Откройте терминал в этой папке.', 'Запустите установщик и следуйте инструкциям.', 'Убедитесь, что служба работает.', 'Создайте учетную запись для каждого участника команды.', 'Установите часовой пояс сервера.', 'Включите автоматические обновления.']
  }
}

/** Locales in the order `--locales` takes them. */
export const LOCALES = ['fr', 'de', 'pt-BR', 'ru', 'es', 'it', 'nl', 'ca', 'pl', 'sv']
/** Locales whose translations record `l10n.sourceCommit` in phase 3. */
const FRONT_MATTER_LOCALES = new Set(['pl', 'pt-BR'])
const LINK_SENTENCES = [20, 21]
const PLAIN_SENTENCES = POOLS.en!.sentences.map((_, index) => index).filter((index) => !LINK_SENTENCES.includes(index))
const PORTS = [80, 443, 3000, 5432, 8080, 8443, 9000]

// ---------------------------------------------------------------------------
// Pages: a structure rendered in every language; an edit changes it.

interface Sentence {
  t: number
  n: number
  /** For link sentences: the page linked to (relative). */
  url?: string
}
type Block =
  | {kind: 'heading'; h: number}
  | {kind: 'paragraph'; sentences: Sentence[]}
  | {kind: 'list'; items: number[]}
  | {kind: 'code'; n: number}

interface Page {
  /** Path under docs/en/ (also under docs/{locale}/). */
  path: string
  title: number
  blocks: Block[]
}

/** mulberry32: a small seeded generator, so that a size always gives the same repository. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Random {
  constructor(readonly next: () => number) {}
  int(from: number, to: number): number {
    return from + Math.floor(this.next() * (to - from + 1))
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  shuffle<T>(list: T[]): T[] {
    for (let index = list.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1))
      ;[list[index], list[other]] = [list[other]!, list[index]!]
    }
    return list
  }
}

const SECTIONS = ['guide', 'reference', 'tutorials', 'api', 'admin', 'integrations', 'deployment', 'faq']
const TOPICS = ['install', 'configure', 'backup', 'restore', 'upgrade', 'monitor', 'secure', 'scale', 'migrate', 'debug', 'deploy', 'connect', 'import', 'export', 'schedule', 'audit']
const OBJECTS = ['server', 'client', 'database', 'users', 'tokens', 'logs', 'plugins', 'reports', 'projects', 'backups', 'proxy', 'cluster']

function numberFor(t: number, r: Random, not?: number): number {
  for (;;) {
    const n = t === 0 ? r.pick(PORTS) : r.int(2, 999)
    if (n !== not) return n
  }
}

/** Sentences drawn without repeats until the pool is used up (a page does not say the same thing twice in a row). */
class Deck {
  private cards: number[] = []
  constructor(private readonly r: Random) {}
  draw(not: readonly number[] = []): number {
    for (let tries = 0; ; tries++) {
      if (this.cards.length === 0) this.cards = this.r.shuffle([...PLAIN_SENTENCES])
      const card = this.cards.pop()!
      if (!not.includes(card) || tries > 50) return card
    }
  }
}

function sentence(r: Random, pages: string[], from: string, t: number): Sentence {
  const result: Sentence = {t, n: numberFor(t, r)}
  if (LINK_SENTENCES.includes(t)) result.url = path.posix.relative(path.posix.dirname(from), r.pick(pages))
  return result
}

function paragraph(r: Random, deck: Deck, pages: string[], from: string, count = r.int(3, 4)): Extract<Block, {kind: 'paragraph'}> {
  const sentences: Sentence[] = []
  for (let index = 0; index < count; index++) sentences.push(sentence(r, pages, from, deck.draw(sentences.map((s) => s.t))))
  return {kind: 'paragraph', sentences}
}

function makePage(file: string, pages: string[], r: Random): Page {
  const deck = new Deck(r)
  const blocks: Block[] = [paragraph(r, deck, pages, file)]
  const headings = r.shuffle([...POOLS.en!.headings.keys()])
  for (let section = 0; section < 3; section++) {
    blocks.push({kind: 'heading', h: headings[section]!})
    blocks.push(paragraph(r, deck, pages, file))
    if (section === 0) blocks.push({kind: 'list', items: r.shuffle([...POOLS.en!.items.keys()]).slice(0, r.int(3, 5))})
    if (section === 1) blocks.push({kind: 'code', n: r.int(2, 99)})
    const linked = paragraph(r, deck, pages, file, r.int(2, 3))
    linked.sentences.splice(r.int(0, linked.sentences.length), 0, sentence(r, pages, file, r.pick(LINK_SENTENCES)))
    blocks.push(linked)
    if (section === 2) blocks.push(paragraph(r, deck, pages, file))
  }
  return {path: file, title: headings[3]!, blocks}
}

/** One revision of a page: a number, a sentence, an added sentence or an added paragraph. */
function editPage(page: Page, pages: string[], r: Random): Page {
  const blocks = page.blocks.map((block): Block => block.kind === 'paragraph' ? {kind: 'paragraph', sentences: block.sentences.map((s) => ({...s}))} : block.kind === 'list' ? {kind: 'list', items: [...block.items]} : {...block})
  const paragraphs = blocks.filter((block): block is Extract<Block, {kind: 'paragraph'}> => block.kind === 'paragraph')
  const target = r.pick(paragraphs)
  const deck = new Deck(r)
  const used = target.sentences.map((s) => s.t)
  const roll = r.next()
  if (roll < 0.4) {
    const s = r.pick(target.sentences)
    if (POOLS.en!.sentences[s.t]!.includes('{n}')) s.n = numberFor(s.t, r, s.n)
    else target.sentences[target.sentences.indexOf(s)] = sentence(r, pages, page.path, deck.draw(used))
  } else if (roll < 0.7) {
    target.sentences[r.int(0, target.sentences.length - 1)] = sentence(r, pages, page.path, deck.draw(used))
  } else if (roll < 0.9) {
    target.sentences.splice(r.int(0, target.sentences.length), 0, sentence(r, pages, page.path, deck.draw(used)))
  } else {
    blocks.splice(blocks.indexOf(target) + 1, 0, paragraph(r, deck, pages, page.path, 2))
  }
  return {...page, blocks}
}

function renderSentence(pool: Pool, s: Sentence): string {
  return pool.sentences[s.t]!.replace('{n}', String(s.n)).replace('{link}', '[').replace('{/link}', `](${s.url ?? ''})`)
}

function render(page: Page, locale: string, sourceCommit?: string): string {
  const pool = POOLS[locale]!
  const title = pool.headings[page.title]!
  const front = sourceCommit ? `---\ntitle: ${title}\nl10n:\n  sourceCommit: ${sourceCommit}\n---` : `---\ntitle: ${title}\n---`
  const parts = [front, `# ${title}`]
  for (const block of page.blocks) {
    if (block.kind === 'heading') parts.push(`## ${pool.headings[block.h]!}`)
    else if (block.kind === 'paragraph') parts.push(block.sentences.map((s) => renderSentence(pool, s)).join(' '))
    else if (block.kind === 'list') parts.push(block.items.map((item) => `- ${pool.items[item]!}`).join('\n'))
    else parts.push(`\`\`\`sh\nexample-cli serve --workers ${block.n} --config ./example.yml\n\`\`\``)
  }
  return `${parts.join('\n\n')}\n`
}

// ---------------------------------------------------------------------------
// The repository

export interface RepositoryOptions {
  pages: number
  locales: number
  commits: number
  seed?: number
}

export interface Repository {
  dir: string
  locales: string[]
  sources: number
  translations: number
  missing: number
  orphans: number
  /** Translations whose source changed since the text they follow (relative paths). */
  stale: Set<string>
  /** Translations with `l10n.sourceCommit`. */
  frontMatter: number
  commits: number
  bytes: number
  /** English pages that exist now (relative to docs/en/). */
  pages: string[]
  /** Generation time in ms. */
  ms: number
}

interface Change {
  path: string
  /** undefined: delete. */
  content?: string
}

interface SourceState {
  page: Page
  rev: number
  alive: boolean
  /** The page at each revision and the mark of the commit that made it. */
  revisions: Array<{page: Page; mark: number}>
}

interface TranslationState {
  rev: number
  sourceCommit?: number
}

function git(args: string[], cwd: string, input?: string | Buffer): string {
  const result = spawnSync('git', args, {cwd, input, encoding: 'utf8', maxBuffer: 1 << 30, env: {...process.env, LC_ALL: 'C'}})
  if (result.error) throw result.error
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`)
  return result.stdout
}

/** Generate the docs repository in a new temporary folder. */
export function generateRepository(options: RepositoryOptions): Repository {
  const start = performance.now()
  const r = new Random(random(options.seed ?? 13))
  const locales = LOCALES.slice(0, options.locales)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-project-'))
  git(['init', '-q', '-b', 'main'], dir)

  // Page paths: nested folders, 8 sections × up to 6 folders.
  const pathFor = (index: number): string => {
    const section = SECTIONS[index % SECTIONS.length]!
    const folder = `${TOPICS[(index >> 3) % 6]!}-${OBJECTS[(index >> 5) % OBJECTS.length]!}`
    return `${section}/${folder}/${TOPICS[index % TOPICS.length]!}-${OBJECTS[(index * 7) % OBJECTS.length]!}-${index + 1}.md`
  }
  let created = 0
  const newPath = (): string => pathFor(created++)
  const initial = Array.from({length: options.pages}, newPath)
  const sources = new Map<string, SourceState>()
  const translations = new Map<string, Map<string, TranslationState>>(locales.map((locale) => [locale, new Map()]))
  const alivePaths = (): string[] => [...sources].filter(([, state]) => state.alive).map(([file]) => file)

  const streams: string[][] = [[]]
  let mark = 0
  let time = Date.UTC(2024, 0, 8, 9) / 1000
  const sha = new Map<number, string>()
  /** The first commit of a later phase continues the branch. */
  let from: string | undefined
  const commit = (message: string, changes: Change[]): number => {
    const stream = streams[streams.length - 1]!
    mark++
    time += 3600 * (1 + (mark % 5))
    const who = `Docs Bot <docs@example.org> ${time} +0000`
    stream.push(`commit refs/heads/main\nmark :${mark}\nauthor ${who}\ncommitter ${who}\ndata ${Buffer.byteLength(message)}\n${message}\n`)
    if (from) stream.push(`from ${from}\n`)
    from = undefined
    for (const change of changes) {
      if (change.content === undefined) stream.push(`D ${change.path}\n`)
      else stream.push(`M 100644 inline ${change.path}\ndata ${Buffer.byteLength(change.content)}\n${change.content}\n`)
    }
    stream.push('\n')
    return mark
  }
  const flush = (phase: number): void => {
    const stream = streams[streams.length - 1]!
    const marks = path.join(dir, '.git', 'bench-marks')
    git(['fast-import', '--quiet', `--export-marks=${marks}`, ...(phase > 0 ? [`--import-marks=${marks}`] : [])], dir, stream.join(''))
    for (const line of fs.readFileSync(marks, 'utf8').split('\n')) {
      const found = /^:(\d+) ([0-9a-f]+)$/.exec(line)
      if (found) sha.set(Number(found[1]), found[2]!)
    }
    streams.push([])
    from = 'refs/heads/main^0'
  }

  // 1. The English import, then each locale's translations.
  const config = {
    $schema: './node_modules/translint/schema.json',
    sourceLanguage: 'en',
    locales,
    documents: [{source: 'docs/en/**/*.md', translations: 'docs/{locale}/{path}'}]
  }
  const importChanges: Change[] = [
    {path: 'translint.config.json', content: `${JSON.stringify(config, null, 2)}\n`},
    {path: '.gitignore', content: '.translintcache\nnode_modules/\n'},
    {path: 'README.md', content: '# Example documentation\n\nThe English pages are in docs/en/, their translations in docs/{locale}/.\n'}
  ]
  for (const file of initial) {
    const page = makePage(file, initial, r)
    sources.set(file, {page, rev: 0, alive: true, revisions: []})
    importChanges.push({path: `docs/en/${file}`, content: render(page, 'en')})
  }
  const importMark = commit('Import the English documentation', importChanges)
  for (const state of sources.values()) state.revisions.push({page: state.page, mark: importMark})
  for (const locale of locales) {
    const changes: Change[] = []
    for (const file of initial) {
      if (r.chance(0.01)) continue // never translated: missing
      translations.get(locale)!.set(file, {rev: 0})
      changes.push({path: `docs/${locale}/${file}`, content: render(sources.get(file)!.page, locale)})
    }
    commit(`Add the ${locale} translation`, changes)
  }

  // 2. and 3. Source edits, translation updates, new and removed pages.
  const remaining = Math.max(0, options.commits - 1 - locales.length)
  const phase3 = Math.floor(remaining * 0.8)
  let removed = false
  const mixed = (count: number, frontMatterPhase: boolean): void => {
    for (let index = 0; index < count; index++) {
      const roll = r.next()
      if (roll < 0.03) {
        // New English pages, not translated yet.
        const changes: Change[] = []
        const alive = alivePaths()
        for (let added = r.int(2, 4); added > 0; added--) {
          const file = newPath()
          const page = makePage(file, alive, r)
          sources.set(file, {page, rev: 0, alive: true, revisions: []})
          changes.push({path: `docs/en/${file}`, content: render(page, 'en')})
        }
        const made = commit(`Add ${changes.length} English pages`, changes)
        for (const change of changes) {
          const state = sources.get(change.path.slice('docs/en/'.length))!
          state.revisions.push({page: state.page, mark: made})
        }
      } else if (roll < 0.04 && !removed) {
        // English pages removed; their translations stay (orphans).
        removed = true
        const gone = r.shuffle(alivePaths()).slice(0, r.int(3, 5))
        for (const file of gone) sources.get(file)!.alive = false
        commit(`Remove ${gone.length} outdated pages`, gone.map((file) => ({path: `docs/en/${file}`})))
      } else if (roll < 0.55) {
        // Source edits.
        const alive = alivePaths()
        const edited = r.shuffle([...alive]).slice(0, r.int(1, 6))
        const changes: Change[] = []
        for (const file of edited) {
          const state = sources.get(file)!
          state.page = editPage(state.page, alive, r)
          state.rev++
          changes.push({path: `docs/en/${file}`, content: render(state.page, 'en')})
        }
        const made = commit(edited.length === 1 ? `docs: update ${edited[0]}` : `docs: update ${edited.length} pages`, changes)
        for (const file of edited) {
          const state = sources.get(file)!
          state.revisions.push({page: state.page, mark: made})
        }
      } else {
        // A locale brings outdated pages up to date (and translates a few missing ones).
        const locale = r.pick(locales)
        const own = translations.get(locale)!
        const outdated = alivePaths().filter((file) => {
          const state = own.get(file)
          return state === undefined ? r.chance(0.3) : state.rev !== sources.get(file)!.rev
        })
        const chosen = r.shuffle(outdated).slice(0, r.int(5, 40))
        if (chosen.length === 0) continue
        const changes: Change[] = []
        for (const file of chosen) {
          const source = sources.get(file)!
          if (frontMatterPhase && FRONT_MATTER_LOCALES.has(locale)) {
            // The newest revision whose commit is known (an earlier import).
            const known = [...source.revisions].reverse().find((revision) => sha.has(revision.mark))
            if (!known) continue
            const rev = source.revisions.indexOf(known)
            own.set(file, {rev, sourceCommit: known.mark})
            changes.push({path: `docs/${locale}/${file}`, content: render(known.page, locale, sha.get(known.mark)!.slice(0, 12))})
          } else {
            own.set(file, {rev: source.rev})
            changes.push({path: `docs/${locale}/${file}`, content: render(source.page, locale)})
          }
        }
        if (changes.length) commit(`${locale}: update ${changes.length} pages`, changes)
      }
    }
  }
  mixed(phase3, false)
  flush(0)
  // 3. pl and pt-BR record the source commit of every translation.
  for (const locale of locales.filter((locale) => FRONT_MATTER_LOCALES.has(locale))) {
    const changes: Change[] = []
    for (const [file, state] of translations.get(locale)!) {
      const source = sources.get(file)!
      const revision = source.revisions[state.rev]!
      state.sourceCommit = revision.mark
      changes.push({path: `docs/${locale}/${file}`, content: render(revision.page, locale, sha.get(revision.mark)!)})
    }
    commit(`${locale}: record the source commit of every page`, changes)
  }
  mixed(Math.max(0, options.commits - mark), true)
  flush(1)
  git(['reset', '-q', '--hard', 'main'], dir)

  // What the generator expects: stale translations, missing ones, orphans.
  const stale = new Set<string>()
  let count = 0
  let missing = 0
  let orphans = 0
  let frontMatter = 0
  let bytes = 0
  for (const locale of locales) {
    const own = translations.get(locale)!
    for (const [file, source] of sources) {
      const state = own.get(file)
      if (!source.alive) {
        if (state) orphans++
        continue
      }
      if (!state) {
        missing++
        continue
      }
      count++
      if (state.sourceCommit !== undefined) frontMatter++
      if (state.rev !== source.rev) stale.add(`docs/${locale}/${file}`)
    }
  }
  const pages = alivePaths()
  for (const locale of ['en', ...locales]) {
    for (const file of locale === 'en' ? pages : translations.get(locale)!.keys()) {
      try {
        bytes += fs.statSync(path.join(dir, 'docs', locale, file)).size
      } catch {
        // not there
      }
    }
  }
  return {dir, locales, sources: pages.length, translations: count, missing, orphans, stale, frontMatter, commits: mark, bytes, pages, ms: performance.now() - start}
}

// ---------------------------------------------------------------------------
// Measuring

interface Measured {
  ms: number
  rssMb: number | undefined
  /** User + system CPU time of the process (all threads), ms. */
  cpuMs: number | undefined
  /** CPU time the machine spent on other processes meanwhile, ms (Linux: /proc/stat). */
  otherMs: number | undefined
  status: number | null
  stdout: string
}

/** Busy CPU time of the whole machine so far, ms (Linux), to tell how busy other processes kept it. */
function machineBusy(): number | undefined {
  try {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number)
    // user nice system idle iowait irq softirq steal: all but idle and iowait, in USER_HZ (100 a second on Linux).
    const busy = fields[0]! + fields[1]! + fields[2]! + fields[5]! + fields[6]! + fields[7]!
    return Number.isFinite(busy) ? busy * 10 : undefined
  } catch {
    return undefined
  }
}

/** A whole process: wall time here, peak RSS (`%M`, KB) and CPU time (`%U`, `%S`) from GNU time. */
function measure(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Measured {
  const timed = fs.existsSync('/usr/bin/time')
  const report = path.join(os.tmpdir(), `translint-bench-time-${process.pid}`)
  const busy = machineBusy()
  const start = performance.now()
  const result = timed
    ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', report, command, ...args], {cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: {...process.env, LANG: 'C.UTF-8', ...env}})
    : spawnSync(command, args, {cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: {...process.env, LANG: 'C.UTF-8', ...env}})
  const ms = performance.now() - start
  const busyAfter = machineBusy()
  if (result.error) throw result.error
  let rssMb: number | undefined
  let cpuMs: number | undefined
  if (timed) {
    const [kb, user, system] = (fs.readFileSync(report, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number)
    fs.rmSync(report, {force: true})
    if (Number.isFinite(kb)) rssMb = kb! / 1024
    if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = (user! + system!) * 1000
  }
  const otherMs = busy !== undefined && busyAfter !== undefined && cpuMs !== undefined ? Math.max(0, busyAfter - busy - cpuMs) : undefined
  return {ms, rssMb, cpuMs, otherMs, status: result.status, stdout: result.stdout}
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

interface JsonFile {
  path: string
  messages: Array<{ruleId: string | null; severity: string}>
}

/** What a report says: files, stale translations, missing and orphan pages, messages per rule. */
function digest(stdout: string): {files: number; stale: Set<string>; missing: number; orphans: number; errors: number; warnings: number; rules: Map<string, number>} {
  const files = JSON.parse(stdout) as JsonFile[]
  const stale = new Set<string>()
  const rules = new Map<string, number>()
  let missing = 0
  let orphans = 0
  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const message of file.messages) {
      const id = message.ruleId ?? 'none'
      rules.set(id, (rules.get(id) ?? 0) + 1)
      if (message.severity === 'error') errors++
      if (message.severity === 'warning') warnings++
    }
    const ids = new Set(file.messages.map((message) => message.ruleId))
    if (file.messages.some((message) => message.ruleId === 'stale' && message.severity !== 'info')) stale.add(file.path)
    if (ids.has('missing-translation')) missing++
    if (ids.has('orphan-translation')) orphans++
  }
  return {files: files.length, stale, missing, orphans, errors, warnings, rules}
}

export interface ProjectBenchOptions extends RepositoryOptions {
  runs: number
  /** The command to measure (default bin/translint.js of this checkout). */
  bin?: string
  keep?: boolean
  log?: (line: string) => void
}

/** Median wall and CPU time, highest peak RSS. */
export interface Summary {
  ms: number
  rssMb: number | undefined
  cpuMs: number | undefined
  /** The most CPU time other processes took during one of the runs. */
  otherMs: number | undefined
}

export interface ProjectBenchResult {
  repository: Repository
  /** Markdown lines: the table and its notes. */
  lines: string[]
  cold: Summary
  cachedTranslation: Summary
  cachedSource: Summary
  hunspellMs: number | undefined
  floorMs: number
  targets: {cold: boolean; cached: boolean}
}

function hunspellStem(locale: string): string | undefined {
  const name = locale === 'pt-BR' ? 'pt' : locale.split('-')[0]!
  const stem = path.join(root, 'node_modules', `dictionary-${name}`, 'index')
  return fs.existsSync(`${stem}.dic`) ? stem : undefined
}

function hasHunspell(): boolean {
  const result = spawnSync('hunspell', ['-v'], {encoding: 'utf8'})
  return !result.error && result.status === 0
}

/** Change a page in the working tree as an author would: one number in its first paragraph. */
function touch(file: string, salt: number): void {
  const text = fs.readFileSync(file, 'utf8')
  let done = false
  const changed = text.replace(/(\n\n[^#\-`\n][^\n]*?)(\d+)/, (whole, before: string, digits: string) => {
    done = true
    return `${before}${(Number(digits) + 1 + salt) % 1000}`
  })
  fs.writeFileSync(file, done ? changed : `${text}\n${salt}\n`)
}

/** Generate the repository, run the measurements, and describe them. */
export async function runProjectBench(options: ProjectBenchOptions): Promise<ProjectBenchResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  const bin = options.bin ? path.resolve(options.bin) : defaultBin
  if (!options.bin && !fs.existsSync(path.join(root, 'build', 'bundle', 'cli.js'))) throw new Error('build/bundle/cli.js is missing: run `npm run build:lib` first')
  log(`project bench: generating ${options.pages} pages × ${options.locales} locales, ${options.commits} commits …`)
  const repo = generateRepository(options)
  log(`  ${repo.dir}: ${repo.sources} sources, ${repo.translations} translations (${repo.stale.size} stale, ${repo.frontMatter} with l10n.sourceCommit), ${repo.missing} missing, ${repo.orphans} orphans, ${repo.commits} commits, ${(repo.bytes / 1e6).toFixed(1)} MB, in ${(repo.ms / 1000).toFixed(1)} s`)
  const images = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-bench-images-'))
  const env = {[IMAGE_ENV]: images}
  const cacheFile = path.join(repo.dir, '.translintcache')
  const args = [bin, '--format', 'json']

  try {
    // Dictionary images: one untimed run on a small project with the same locales.
    const warm = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-bench-warm-'))
    fs.writeFileSync(path.join(warm, 'translint.config.json'), JSON.stringify({documents: [{source: 'docs/en/*.md', translations: 'docs/{locale}/{path}'}]}))
    const sample = repo.pages[0]!
    fs.mkdirSync(path.join(warm, 'docs', 'en'), {recursive: true})
    fs.copyFileSync(path.join(repo.dir, 'docs', 'en', sample), path.join(warm, 'docs', 'en', 'page.md'))
    for (const locale of repo.locales) {
      fs.mkdirSync(path.join(warm, 'docs', locale), {recursive: true})
      const from = path.join(repo.dir, 'docs', locale, sample)
      if (fs.existsSync(from)) fs.copyFileSync(from, path.join(warm, 'docs', locale, 'page.md'))
    }
    measure(process.execPath, args, warm, env)
    fs.rmSync(warm, {recursive: true, force: true})

    // (a) Cold, with staleness.
    const cold: Measured[] = []
    const hunspell: number[] = []
    const floor: number[] = []
    const native = hasHunspell()
    const translationFiles = repo.locales.map((locale) => ({locale, files: fs.readdirSync(path.join(repo.dir, 'docs', locale), {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.md')).map((file) => path.join('docs', locale, file))}))
    for (let run = 0; run < options.runs; run++) {
      fs.rmSync(cacheFile, {force: true})
      log(`  cold run ${run + 1}/${options.runs} …`)
      cold.push(measure(process.execPath, args, repo.dir, env))
      // Baseline 1: native hunspell listing the misspellings of every translation, one process per locale.
      if (native) {
        let sum = 0
        for (const {locale, files} of translationFiles) {
          const stem = hunspellStem(locale)
          if (stem) sum += measure('hunspell', ['-d', stem, '-l', ...files], repo.dir).ms
        }
        hunspell.push(sum)
      }
      // Baseline 2: the least a run with staleness does: status, the log of docs/, and reading every page.
      floor.push(measure('sh', ['-c', 'git status --porcelain --untracked-files=no -- docs >/dev/null && git log --topo-order --name-only -z --format=%H -- docs >/dev/null && find docs -name "*.md" -print0 | xargs -0 cat >/dev/null'], repo.dir).ms)
      // A cold run of minutes is not repeated: its median would add nothing but time.
      if (cold[0]!.ms > SLOW_COLD) {
        if (options.runs > 1) log(`  (a cold run took over ${SLOW_COLD / 1000} s: not repeated)`)
        break
      }
    }
    const report = digest(cold[0]!.stdout)
    const expectedFiles = repo.translations + repo.missing + repo.orphans
    const staleMissed = [...repo.stale].filter((file) => !report.stale.has(file))
    const staleExtra = [...report.stale].filter((file) => !repo.stale.has(file))

    // (b) --cache: fill it, then one translation changed, one source changed, nothing changed.
    fs.rmSync(cacheFile, {force: true})
    log('  filling the cache …')
    const fill = measure(process.execPath, [...args, '--cache'], repo.dir, env)
    const cachedTranslation: Measured[] = []
    const cachedSource: Measured[] = []
    const cachedNothing: Measured[] = []
    const translated = repo.pages.filter((file) => fs.existsSync(path.join(repo.dir, 'docs', repo.locales[0]!, file)))
    for (let run = 0; run < options.runs; run++) {
      log(`  cached runs ${run + 1}/${options.runs} …`)
      touch(path.join(repo.dir, 'docs', repo.locales[run % repo.locales.length]!, translated[(run * 7 + 1) % translated.length]!), run)
      cachedTranslation.push(measure(process.execPath, [...args, '--cache'], repo.dir, env))
      touch(path.join(repo.dir, 'docs', 'en', repo.pages[(run * 11 + 3) % repo.pages.length]!), run)
      cachedSource.push(measure(process.execPath, [...args, '--cache'], repo.dir, env))
      cachedNothing.push(measure(process.execPath, [...args, '--cache'], repo.dir, env))
    }
    const cachedReport = digest(cachedNothing.at(-1)!.stdout)

    const summary = (list: Measured[]): Summary => {
      const rss = list.map((entry) => entry.rssMb).filter((value): value is number => value !== undefined)
      const cpu = list.map((entry) => entry.cpuMs).filter((value): value is number => value !== undefined)
      const other = list.map((entry) => entry.otherMs).filter((value): value is number => value !== undefined)
      return {ms: median(list.map((entry) => entry.ms)), rssMb: rss.length ? Math.max(...rss) : undefined, cpuMs: cpu.length ? median(cpu) : undefined, otherMs: other.length ? Math.max(...other) : undefined}
    }
    const hunspellMs = hunspell.length ? median(hunspell) : undefined
    const floorMs = median(floor)
    const seconds = (ms: number | undefined): string => (ms === undefined ? 'n/a' : (ms / 1000).toFixed(2))
    const ratio = (ms: number, base: number | undefined): string => (base === undefined ? 'n/a' : `${(ms / base).toFixed(2)}x`)
    const mb = (value: number | undefined): string => (value === undefined ? 'n/a' : value.toFixed(0))
    const coldSummary = summary(cold)
    const translationSummary = summary(cachedTranslation)
    const sourceSummary = summary(cachedSource)
    const nothingSummary = summary(cachedNothing)
    const fillSummary = summary([fill])
    const targets = {cold: coldSummary.ms <= 60_000, cached: translationSummary.ms <= 10_000 && sourceSummary.ms <= 10_000}
    const row = (name: string, entry: Summary, target: string): string[] =>
      [name, seconds(entry.ms), seconds(entry.cpuMs), seconds(entry.otherMs), ratio(entry.ms, hunspellMs), ratio(entry.ms, floorMs), mb(entry.rssMb), target]
    const rows: string[][] = [
      row('cold, with staleness (no cache)', coldSummary, `≤ 60 s: ${targets.cold ? 'yes' : 'NO'}`),
      row('`--cache`, filling it (1 run)', fillSummary, ''),
      row('`--cache`, one translation changed', translationSummary, `≤ 10 s: ${translationSummary.ms <= 10_000 ? 'yes' : 'NO'}`),
      row('`--cache`, one source page changed', sourceSummary, `≤ 10 s: ${sourceSummary.ms <= 10_000 ? 'yes' : 'NO'}`),
      row('`--cache`, nothing changed', nothingSummary, '')
    ]
    const header = ['case', 'wall s', 'CPU s', 'others\' CPU s', `vs hunspell -l (${seconds(hunspellMs)} s)`, `vs git + cat (${seconds(floorMs)} s)`, 'peak RSS MB', 'target']
    const widths = header.map((name, index) => Math.max(name.length, ...rows.map((row) => row[index]!.length)))
    const line = (cells: string[]): string => `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`
    const lines = [
      `Project: ${repo.sources} English pages × ${repo.locales.length} locales (${repo.locales.join(', ')}): ${repo.translations} translations checked, ${repo.missing} missing, ${repo.orphans} orphans, ${(repo.bytes / 1e6).toFixed(1)} MB; ${repo.commits} commits; ${repo.stale.size} stale translations (${repo.frontMatter} name their source commit in front matter). Generated in ${(repo.ms / 1000).toFixed(1)} s. Median of ${options.runs} run(s).`,
      '',
      line(header),
      line(widths.map((width) => '-'.repeat(width))),
      ...rows.map(line),
      '',
      `Report (cold): ${report.files} files (expected ${expectedFiles}), ${report.errors} errors, ${report.warnings} warnings; stale ${report.stale.size} (expected ${repo.stale.size}${staleMissed.length || staleExtra.length ? `; not marked: ${staleMissed.length}, marked but not stale: ${staleExtra.length}` : ', all of them'}), missing ${report.missing} (expected ${repo.missing}), orphans ${report.orphans} (expected ${repo.orphans}). Messages per rule: ${[...report.rules].sort((a, b) => b[1] - a[1]).map(([rule, count]) => `${rule} ${count}`).join(', ')}.`,
      `translint: \`node ${path.relative(root, bin) || bin} --format json [--cache]\` in the repository, a whole new process each time, all rules, staleness on (the config's \`documents\` and \`locales\`, no file arguments).`,
      'wall s: median wall time of a whole process; CPU s: its user + system time, all threads (from GNU time); others\' CPU s: CPU time other processes of the machine took meanwhile (/proc/stat, the most of the runs): with 2 cores, a few seconds of it per 10 s of wall time means the run did not have both cores; peak RSS: the highest of the runs.',
      `Cached report (nothing changed): ${cachedReport.files} files, ${cachedReport.errors} errors, ${cachedReport.warnings} warnings; stale ${cachedReport.stale.size}.`,
      native
        ? 'Baselines, measured in the same run: `hunspell -d <same .aff/.dic> -l <files>` over every translation, one process per locale, in sequence; git + cat: `git status` and `git log --topo-order --name-only` over docs/ and `cat` of every page (the least a run with staleness reads).'
        : 'Baselines: the native hunspell CLI is not installed (Debian: apt-get install hunspell); git + cat: `git status` and `git log --topo-order --name-only` over docs/ and `cat` of every page.'
    ]
    if (cold.some((entry) => entry.status !== 0 && entry.status !== 1)) lines.push(`Warning: a cold run exited with ${cold.map((entry) => entry.status).join(', ')}.`)
    if (cold.length < options.runs) lines.push(`Cold: ${cold.length} run (over ${SLOW_COLD / 1000} s, not repeated); the cached rows are medians of ${options.runs}.`)
    return {repository: repo, lines, cold: coldSummary, cachedTranslation: translationSummary, cachedSource: sourceSummary, hunspellMs, floorMs, targets}
  } finally {
    fs.rmSync(images, {recursive: true, force: true})
    if (!options.keep) fs.rmSync(repo.dir, {recursive: true, force: true})
    else log(`  kept ${repo.dir}`)
  }
}

// ---------------------------------------------------------------------------

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const {values} = parseArgs({
    options: {
      pages: {type: 'string'},
      locales: {type: 'string'},
      commits: {type: 'string'},
      runs: {type: 'string'},
      quick: {type: 'boolean'},
      keep: {type: 'boolean'},
      'generate-only': {type: 'boolean'},
      bin: {type: 'string'}
    }
  })
  const quick = values.quick === true
  const options: ProjectBenchOptions = {
    pages: Number(values.pages ?? (quick ? 100 : 1000)),
    locales: Math.min(LOCALES.length, Number(values.locales ?? (quick ? 3 : 10))),
    commits: Number(values.commits ?? (quick ? 60 : 300)),
    runs: Number(values.runs ?? process.env.BENCH_RUNS ?? (quick ? 1 : 3)),
    keep: values.keep === true,
    ...(values.bin ? {bin: values.bin} : {})
  }
  if (values['generate-only']) {
    const repo = generateRepository(options)
    console.log(JSON.stringify({...repo, stale: repo.stale.size, pages: repo.pages.length}, null, 2))
  } else {
    const result = await runProjectBench(options)
    console.log(`translint project bench: ${os.availableParallelism()} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`)
    console.log('')
    for (const line of result.lines) console.log(line)
  }
}
