import TasterLessons

extension Catalogue {
    /// A skills area's name, as the menu, the guide and the certificate show it.
    public func name(of area: SkillsArea) -> String {
        switch area {
        case .foundation: text(.areaFoundation)
        case .communicating: text(.areaCommunicating)
        case .handlingInformation: text(.areaHandlingInformation)
        case .transacting: text(.areaTransacting)
        case .problemSolving: text(.areaProblemSolving)
        case .beingSafe: text(.areaBeingSafe)
        case .money: text(.areaMoney)
        }
    }
}
