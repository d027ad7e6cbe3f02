namespace SampleService.Infrastructure;

/// <summary>Every piece of text the service shows, in English and Spanish.</summary>
public static class Strings
{
    private static readonly Dictionary<string, (string En, string Es)> All = new(StringComparer.Ordinal)
    {
        ["service.name"] = ("Apply for a fishing permit", "Solicitar un permiso de pesca"),

        ["common.skipLink"] = ("Skip to main content", "Saltar al contenido principal"),
        ["common.phase"] = ("Beta", "Beta"),
        ["common.phaseText"] = ("This is a new service. Your feedback will help us to improve it.", "Este es un servicio nuevo. Sus comentarios nos ayudarán a mejorarlo."),
        ["common.languageNav"] = ("Language", "Idioma"),
        ["common.back"] = ("Back", "Atrás"),
        ["common.continue"] = ("Continue", "Continuar"),
        ["common.errorPrefix"] = ("Error:", "Error:"),
        ["common.thereIsAProblem"] = ("There is a problem", "Hay un problema"),
        ["common.footerHeading"] = ("Support links", "Enlaces de ayuda"),
        ["common.help"] = ("Help", "Ayuda"),
        ["common.cookies"] = ("Cookies", "Cookies"),
        ["common.cookiesRenamed"] = ("Your privacy", "Su privacidad"),
        ["common.staff"] = ("Staff area", "Área del personal"),
        ["common.footerNote"] = ("This is a sample service for testing ServiceStandard. It is not a real government service.", "Este es un servicio de ejemplo para probar ServiceStandard. No es un servicio público real."),
        ["common.notProvided"] = ("Not provided", "No indicado"),

        ["start.lead"] = ("Use this service to apply for a permit to fish in public rivers and lakes.", "Use este servicio para solicitar un permiso para pescar en ríos y lagos públicos."),
        ["start.youCan"] = ("You can apply for:", "Puede solicitar:"),
        ["start.annual"] = ("an annual permit", "un permiso anual"),
        ["start.weekly"] = ("a weekly permit", "un permiso semanal"),
        ["start.day"] = ("a day permit", "un permiso de un día"),
        ["start.button"] = ("Start now", "Empezar ahora"),
        ["start.beforeHeading"] = ("Before you start", "Antes de empezar"),
        ["start.before"] = ("It takes around 5 minutes. You will need your date of birth and your address.", "Se tarda unos 5 minutos. Necesitará su fecha de nacimiento y su dirección."),
        ["start.helpBefore"] = ("If you need help, read", "Si necesita ayuda, consulte"),
        ["start.helpLink"] = ("help with fishing permits", "la ayuda sobre permisos de pesca"),
        ["start.logoAlt"] = ("Fishing permits service logo: a fish jumping out of the water", "Logotipo del servicio de permisos de pesca: un pez saltando del agua"),

        ["name.title"] = ("What is your full name?", "¿Cuál es su nombre completo?"),
        ["name.hint"] = ("Enter your name as it appears on your passport or identity card.", "Escriba su nombre tal como aparece en su pasaporte o documento de identidad."),
        ["name.error.required"] = ("Enter your full name", "Introduzca su nombre completo"),
        ["name.error.tooLong"] = ("Full name must be 100 characters or fewer", "El nombre completo debe tener 100 caracteres o menos"),

        ["dob.title"] = ("What is your date of birth?", "¿Cuál es su fecha de nacimiento?"),
        ["dob.hint"] = ("For example, 27 3 1990", "Por ejemplo, 27 3 1990"),
        ["dob.day"] = ("Day", "Día"),
        ["dob.month"] = ("Month", "Mes"),
        ["dob.year"] = ("Year", "Año"),
        ["dob.error.required"] = ("Enter your date of birth", "Introduzca su fecha de nacimiento"),
        ["dob.error.day"] = ("Date of birth must include a day", "La fecha de nacimiento debe incluir el día"),
        ["dob.error.month"] = ("Date of birth must include a month", "La fecha de nacimiento debe incluir el mes"),
        ["dob.error.year"] = ("Date of birth must include a year", "La fecha de nacimiento debe incluir el año"),
        ["dob.error.real"] = ("Date of birth must be a real date", "La fecha de nacimiento debe ser una fecha real"),
        ["dob.error.past"] = ("Date of birth must be in the past", "La fecha de nacimiento debe estar en el pasado"),

        ["address.title"] = ("What is your address?", "¿Cuál es su dirección?"),
        ["address.hint"] = ("We will post your permit to this address.", "Le enviaremos el permiso por correo a esta dirección."),
        ["address.line1"] = ("Address line 1", "Dirección, línea 1"),
        ["address.town"] = ("Town or city", "Ciudad o localidad"),
        ["address.postcode"] = ("Postcode", "Código postal"),
        ["address.find"] = ("Find address", "Buscar dirección"),
        ["address.found"] = ("We found {town}. Check the town or city is correct.", "Hemos encontrado {town}. Compruebe que la ciudad o localidad es correcta."),
        ["address.notFound"] = ("We could not find that postcode. Enter the town or city yourself.", "No hemos encontrado ese código postal. Escriba usted la ciudad o localidad."),
        ["address.error.line1"] = ("Enter address line 1, typically the building and street", "Introduzca la línea 1 de la dirección, normalmente el edificio y la calle"),
        ["address.error.town"] = ("Enter town or city", "Introduzca la ciudad o localidad"),
        ["address.error.postcode"] = ("Enter postcode", "Introduzca el código postal"),
        ["address.error.postcodeFormat"] = ("Enter a real postcode", "Introduzca un código postal real"),

        ["permit.title"] = ("Which type of permit do you need?", "¿Qué tipo de permiso necesita?"),
        ["permit.hint"] = ("Every permit covers all public rivers and lakes.", "Todos los permisos cubren todos los ríos y lagos públicos."),
        ["permit.annual"] = ("Annual permit", "Permiso anual"),
        ["permit.annual.hint"] = ("Valid for 365 days. Costs €30.", "Válido durante 365 días. Cuesta 30 €."),
        ["permit.weekly"] = ("Weekly permit", "Permiso semanal"),
        ["permit.weekly.hint"] = ("Valid for 7 days. Costs €12.", "Válido durante 7 días. Cuesta 12 €."),
        ["permit.day"] = ("Day permit", "Permiso de un día"),
        ["permit.day.hint"] = ("Valid for 1 day. Costs €4.", "Válido durante 1 día. Cuesta 4 €."),
        ["permit.concessions"] = ("People aged 65 or over pay half price.", "Las personas de 65 años o más pagan la mitad."),
        ["permit.error.required"] = ("Select the type of permit you need", "Seleccione el tipo de permiso que necesita"),

        ["declaration.title"] = ("Declaration", "Declaración"),
        ["declaration.intro"] = ("You must tell us if your circumstances change while your permit is valid.", "Debe informarnos si su situación cambia mientras el permiso esté vigente."),
        ["declaration.legend"] = ("Confirm your declaration", "Confirme su declaración"),
        ["declaration.hint"] = ("You could be fined if you give false information.", "Podría recibir una multa si da información falsa."),
        ["declaration.label"] = ("I declare the information is correct", "Declaro que la información es correcta"),
        ["declaration.error.required"] = ("Select that you declare the information is correct", "Marque que declara que la información es correcta"),

        ["check.title"] = ("Check your answers", "Revise sus respuestas"),
        ["check.fullName"] = ("Full name", "Nombre completo"),
        ["check.fullName.hidden"] = ("full name", "nombre completo"),
        ["check.dob"] = ("Date of birth", "Fecha de nacimiento"),
        ["check.dob.hidden"] = ("date of birth", "fecha de nacimiento"),
        ["check.address"] = ("Address", "Dirección"),
        ["check.address.hidden"] = ("address", "dirección"),
        ["check.permit"] = ("Permit type", "Tipo de permiso"),
        ["check.permit.hidden"] = ("permit type", "tipo de permiso"),
        ["check.declaration"] = ("Declaration", "Declaración"),
        ["check.declaration.hidden"] = ("declaration", "declaración"),
        ["check.declared"] = ("You declared the information is correct", "Ha declarado que la información es correcta"),
        ["check.change"] = ("Change", "Cambiar"),
        ["check.fees"] = ("Permit fees", "Tarifas de los permisos"),
        ["check.fees.permit"] = ("Permit", "Permiso"),
        ["check.fees.valid"] = ("Valid for", "Validez"),
        ["check.fees.cost"] = ("Cost", "Precio"),
        ["check.fees.annual"] = ("365 days", "365 días"),
        ["check.fees.weekly"] = ("7 days", "7 días"),
        ["check.fees.day"] = ("1 day", "1 día"),
        ["check.fees.annual.cost"] = ("€30", "30 €"),
        ["check.fees.weekly.cost"] = ("€12", "12 €"),
        ["check.fees.day.cost"] = ("€4", "4 €"),
        ["check.sendHeading"] = ("Now send your application", "Ahora envíe su solicitud"),
        ["check.sendText"] = ("By sending this application you confirm that, to the best of your knowledge, the details you are providing are correct.", "Al enviar esta solicitud confirma que, según su leal saber y entender, los datos que proporciona son correctos."),
        ["check.send"] = ("Send application", "Enviar solicitud"),

        ["confirmation.title"] = ("Application complete", "Solicitud completada"),
        ["confirmation.reference"] = ("Your reference number", "Su número de referencia"),
        ["confirmation.received"] = ("We have received your application.", "Hemos recibido su solicitud."),
        ["confirmation.nextHeading"] = ("What happens next", "Qué ocurre ahora"),
        ["confirmation.next"] = ("We will post your permit to your address within 5 working days.", "Le enviaremos el permiso por correo en un plazo de 5 días hábiles."),
        ["confirmation.print"] = ("Print this page", "Imprimir esta página"),
        ["confirmation.again"] = ("Apply for another permit", "Solicitar otro permiso"),

        ["help.title"] = ("Help with fishing permits", "Ayuda con los permisos de pesca"),
        ["help.search"] = ("Search help", "Buscar en la ayuda"),
        ["help.searchButton"] = ("Search", "Buscar"),
        ["help.contents"] = ("Contents", "Contenido"),
        ["help.resultsFor"] = ("Help topics matching", "Temas de ayuda que coinciden con"),
        ["help.noResults"] = ("No help topics match your search.", "Ningún tema de ayuda coincide con su búsqueda."),
        ["help.who.heading"] = ("Who needs a permit", "Quién necesita un permiso"),
        ["help.who.text"] = ("Everyone aged 12 or over needs a permit to fish in public rivers and lakes.", "Todas las personas de 12 años o más necesitan un permiso para pescar en ríos y lagos públicos."),
        ["help.types.heading"] = ("Types of permit", "Tipos de permiso"),
        ["help.types.text"] = ("Annual permits cost €30, weekly permits €12 and day permits €4.", "Los permisos anuales cuestan 30 €, los semanales 12 € y los de un día 4 €."),
        ["help.contact.heading"] = ("Contact us", "Contacte con nosotros"),
        ["help.contact.text"] = ("Phone 0300 123 4567, Monday to Friday, 9am to 5pm.", "Teléfono 0300 123 4567, de lunes a viernes, de 9:00 a 17:00."),
        ["help.backToStart"] = ("Go to the start of the service", "Ir al inicio del servicio"),

        ["cookies.title"] = ("Cookies", "Cookies"),
        ["cookies.intro"] = ("Cookies are small files saved on your device. This service only uses cookies that it needs to work.", "Las cookies son pequeños archivos que se guardan en su dispositivo. Este servicio solo usa las cookies que necesita para funcionar."),
        ["cookies.table"] = ("Cookies this service uses", "Cookies que usa este servicio"),
        ["cookies.name"] = ("Name", "Nombre"),
        ["cookies.purpose"] = ("Purpose", "Finalidad"),
        ["cookies.expires"] = ("Expires", "Caducidad"),
        ["cookies.lang.purpose"] = ("Remembers the language you chose", "Recuerda el idioma que ha elegido"),
        ["cookies.lang.expires"] = ("1 year", "1 año"),
        ["cookies.session.purpose"] = ("Remembers your answers while you apply", "Recuerda sus respuestas mientras hace la solicitud"),
        ["cookies.antiforgery.purpose"] = ("Protects your application from forged requests", "Protege su solicitud frente a peticiones falsificadas"),
        ["cookies.browserClose"] = ("When you close your browser", "Al cerrar el navegador"),
        ["cookies.note"] = ("We do not use analytics or advertising cookies.", "No usamos cookies analíticas ni publicitarias."),

        ["index.title"] = ("Sample services for ServiceStandard", "Servicios de ejemplo para ServiceStandard"),
        ["index.intro"] = ("This site runs two versions of the same service, “Apply for a fishing permit”.", "Este sitio ejecuta dos versiones del mismo servicio, «Solicitar un permiso de pesca»."),
        ["index.good"] = ("Accessible version", "Versión accesible"),
        ["index.goodText"] = ("meets WCAG 2.2 AA as far as automated checks can tell.", "cumple WCAG 2.2 AA hasta donde pueden comprobarlo las pruebas automáticas."),
        ["index.bad"] = ("Version with planted defects", "Versión con defectos introducidos"),
        ["index.badText"] = ("the same journey with known accessibility defects, listed in expected-findings.yml.", "el mismo recorrido con defectos de accesibilidad conocidos, enumerados en expected-findings.yml."),

        ["admin.title"] = ("Staff area", "Área del personal"),
        ["admin.text"] = ("This area is for staff only. Crawlers must not visit it: robots.txt disallows /admin/.", "Esta área es solo para el personal. Los rastreadores no deben visitarla: robots.txt prohíbe /admin/."),

        ["error.notFound.title"] = ("Page not found", "Página no encontrada"),
        ["error.notFound.text"] = ("If you typed the web address, check it is correct.", "Si escribió la dirección web, compruebe que es correcta."),
        ["error.general.title"] = ("Sorry, there is a problem with the service", "Lo sentimos, hay un problema con el servicio"),
        ["error.general.text"] = ("Try again later.", "Inténtelo de nuevo más tarde."),
    };

    private static readonly string[] MonthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] MonthsEs = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    public static string Get(string key, string lang) =>
        All.TryGetValue(key, out var text)
            ? (lang == "es" ? text.Es : text.En)
            : throw new KeyNotFoundException($"No text for '{key}'.");

    public static string FormatDate(DateOnly date, string lang) =>
        lang == "es"
            ? $"{date.Day} de {MonthsEs[date.Month - 1]} de {date.Year}"
            : $"{date.Day} {MonthsEn[date.Month - 1]} {date.Year}";
}
