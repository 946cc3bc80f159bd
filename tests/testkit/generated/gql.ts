/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n            mutation ProjectsSignUp($s: ID!) {\n              signUp(shiftId: $s) {\n                id\n              }\n            }\n          ": typeof types.ProjectsSignUpDocument,
    "\n  mutation BreakdownRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n": typeof types.BreakdownRegisterDocument,
    "\n  mutation BreakdownConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      id\n    }\n  }\n": typeof types.BreakdownConfirmDocument,
    "\n  mutation BreakdownDeregister {\n    deregister(confirmation: \"DEREGISTER\") {\n      deregisteredAt\n    }\n  }\n": typeof types.BreakdownDeregisterDocument,
    "\n  mutation CampaignsOpen($input: CampaignInput!) {\n    openCampaign(input: $input) {\n      code\n      name\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.CampaignsOpenDocument,
    "\n  query CampaignsOne($code: ID!) {\n    campaign(code: $code) {\n      code\n      districts {\n        district {\n          code\n        }\n        target {\n          personTimes\n          hours\n        }\n        personTimes {\n          value\n          suppressed\n        }\n        hours {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.CampaignsOneDocument,
    "\n  mutation CampaignsConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      id\n    }\n  }\n": typeof types.CampaignsConfirmDocument,
    "\n  mutation CampaignsReject($id: ID!) {\n    rejectServiceRecord(id: $id, reason: \"未到岗\") {\n      id\n    }\n  }\n": typeof types.CampaignsRejectDocument,
    "\n  mutation CampaignsUpdate($id: ID!, $changes: ProjectChanges!) {\n    updateProject(id: $id, changes: $changes) {\n      id\n      campaign {\n        code\n      }\n    }\n  }\n": typeof types.CampaignsUpdateDocument,
    "\n    mutation CampaignsCreate($input: ProjectInput!) {\n      createProject(input: $input) {\n        id\n        campaign {\n          code\n          name\n        }\n      }\n    }\n  ": typeof types.CampaignsCreateDocument,
    "\n    mutation CampaignsAsk($id: ID!) {\n      requestCorrection(recordId: $id, hours: 4, reason: \"实际服务4小时，签退时间记录有误\") {\n        id\n      }\n    }\n  ": typeof types.CampaignsAskDocument,
    "\n    mutation CampaignsResolve($id: ID!) {\n      resolveCorrection(id: $id, accept: true) {\n        status\n      }\n    }\n  ": typeof types.CampaignsResolveDocument,
    "\n    query CampaignsList {\n      campaigns {\n        code\n        name\n      }\n    }\n  ": typeof types.CampaignsListDocument,
    "\n  query DistrictFiguresEverywhere($from: String, $to: String) {\n    statistics(from: $from, to: $to) {\n      pidu {\n        bookings {\n          value\n          suppressed\n        }\n      }\n      xinjin {\n        pointsIssued {\n          value\n          suppressed\n        }\n      }\n      wuhou {\n        honorHours {\n          value\n          suppressed\n        }\n      }\n      qionglai {\n        villages {\n          confirmedHours {\n            value\n            suppressed\n          }\n        }\n      }\n      districts {\n        scope\n        pidu {\n          bookings {\n            value\n            suppressed\n          }\n        }\n        xinjin {\n          pointsIssued {\n            value\n            suppressed\n          }\n        }\n        wuhou {\n          honorHours {\n            value\n            suppressed\n          }\n        }\n        qionglai {\n          villages {\n            confirmedHours {\n              value\n              suppressed\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DistrictFiguresEverywhereDocument,
    "\n    mutation PageOpenCampaign($input: CampaignInput!) {\n      openCampaign(input: $input) {\n        code\n      }\n    }\n  ": typeof types.PageOpenCampaignDocument,
    "\n    mutation PageConfirm($ids: [ID!]!) {\n      confirmServiceRecords(ids: $ids) {\n        id\n      }\n    }\n  ": typeof types.PageConfirmDocument,
    "\n  mutation DashboardConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      id\n    }\n  }\n": typeof types.DashboardConfirmDocument,
    "\n  query DashboardWageRates($year: Int, $history: Boolean) {\n    wageRates(year: $year, history: $history) {\n      id\n      category {\n        code\n      }\n      year\n      ratePerHour\n      source\n      current\n    }\n  }\n": typeof types.DashboardWageRatesDocument,
    "\n  mutation DashboardSetRate($input: WageRateInput!) {\n    setWageRate(input: $input) {\n      id\n      year\n      ratePerHour\n      current\n    }\n  }\n": typeof types.DashboardSetRateDocument,
    "\n    mutation DashboardRegister($input: RegisterVolunteerInput!) {\n      registerVolunteer(input: $input) {\n        id\n      }\n    }\n  ": typeof types.DashboardRegisterDocument,
    "\n    mutation DashboardSignUp($shift: ID!) {\n      signUp(shiftId: $shift) {\n        id\n      }\n    }\n  ": typeof types.DashboardSignUpDocument,
    "\n    mutation DashboardCancel($id: ID!) {\n      cancelSignup(id: $id) {\n        status\n      }\n    }\n  ": typeof types.DashboardCancelDocument,
    "\n    query DashboardOrganizations($district: ID, $first: Int) {\n      organizations(district: $district, first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      needs(first: $first) {\n        totalCount\n      }\n      teams(first: $first) {\n        totalCount\n      }\n    }\n  ": typeof types.DashboardOrganizationsDocument,
    "\n  query TrafficFigures($from: String, $to: String) {\n    statistics(from: $from, to: $to) {\n      traffic {\n        requests\n        queries\n        mutations\n        refused\n        peakConcurrency\n        days {\n          day\n          requests\n          queries\n          mutations\n          refused\n          peakConcurrency\n        }\n      }\n    }\n  }\n": typeof types.TrafficFiguresDocument,
    "\n  query DistrictTraffic($district: ID!) {\n    statistics(district: $district) {\n      scope\n      confirmedHours {\n        value\n      }\n      traffic {\n        requests\n      }\n    }\n  }\n": typeof types.DistrictTrafficDocument,
    "\n  query TrafficCategories {\n    serviceCategories {\n      code\n    }\n  }\n": typeof types.TrafficCategoriesDocument,
    "\n  mutation TrafficEditSkills($input: UpdateVolunteerProfileInput!) {\n    updateVolunteerProfile(input: $input) {\n      id\n    }\n  }\n": typeof types.TrafficEditSkillsDocument,
    "\n  query ChenghuaMe {\n    me {\n      id\n      displayName\n      confirmedHours\n    }\n    chenghua {\n      myFamily {\n        id\n        name\n        hours\n        badge\n        members {\n          role\n          status\n          joinedOn\n          volunteer {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChenghuaMeDocument,
    "\n  mutation ChenghuaCreate($name: String!) {\n    chenghuaCreateFamily(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.ChenghuaCreateDocument,
    "\n  mutation ChenghuaAdd($id: ID!) {\n    chenghuaAddMember(volunteerId: $id) {\n      role\n      status\n    }\n  }\n": typeof types.ChenghuaAddDocument,
    "\n  mutation ChenghuaAccept($id: ID!) {\n    chenghuaAcceptFamily(familyId: $id) {\n      role\n      status\n    }\n  }\n": typeof types.ChenghuaAcceptDocument,
    "\n          mutation ChenghuaRegisterMinor($input: RegisterVolunteerInput!) {\n            registerVolunteer(input: $input) {\n              id\n            }\n          }\n        ": typeof types.ChenghuaRegisterMinorDocument,
    "\n  mutation ChenghuaMarkFamilyFriendly($project: ID!, $on: Boolean!) {\n    chenghuaMarkFamilyFriendly(projectId: $project, familyFriendly: $on) {\n      id\n      chenghua {\n        familyFriendly\n      }\n    }\n  }\n": typeof types.ChenghuaMarkFamilyFriendlyDocument,
    "\n  mutation ChenghuaSignUpFamily($shift: ID!, $ids: [ID!]!) {\n    signUpFamily(shiftId: $shift, volunteerIds: $ids) {\n      id\n      status\n      volunteer {\n        id\n      }\n    }\n  }\n": typeof types.ChenghuaSignUpFamilyDocument,
    "\n  query ChenghuaFamilyShift($id: ID!) {\n    project(id: $id) {\n      chenghua {\n        familyFriendly\n      }\n      shifts {\n        signedUpCount\n        waitlistCount\n        freePlaces\n        mySignup {\n          status\n        }\n      }\n    }\n  }\n": typeof types.ChenghuaFamilyShiftDocument,
    "\n          mutation DistrictsRegister($input: RegisterVolunteerInput!) {\n            registerVolunteer(input: $input) {\n              id\n            }\n          }\n        ": typeof types.DistrictsRegisterDocument,
    "\n  fragment JinniuAlertFields on JinniuAlert {\n    id\n    skill\n    place\n    startsAt\n    needed\n    status\n    offeredCount\n    acceptedCount\n    declinedCount\n    timeToFillMinutes\n    filledAt\n    cancelledAt\n  }\n": typeof types.JinniuAlertFieldsFragmentDoc,
    "\n  mutation JinniuJoin($input: JinniuStandbyInput!) {\n    jinniuJoinStandby(input: $input) {\n      skills\n      availability {\n        weekday\n        from\n        to\n      }\n    }\n  }\n": typeof types.JinniuJoinDocument,
    "\n  mutation JinniuLeave {\n    jinniuLeaveStandby\n  }\n": typeof types.JinniuLeaveDocument,
    "\n  query JinniuMine {\n    jinniu {\n      myStandby {\n        skills\n        availability {\n          weekday\n          from\n          to\n        }\n      }\n    }\n  }\n": typeof types.JinniuMineDocument,
    "\n  mutation JinniuRaise($input: JinniuAlertInput!) {\n    jinniuRaiseAlert(input: $input) {\n      ...JinniuAlertFields\n    }\n  }\n": typeof types.JinniuRaiseDocument,
    "\n  mutation JinniuAccept($alertId: ID!) {\n    jinniuAcceptAlert(alertId: $alertId) {\n      status\n      answeredAt\n      alert {\n        id\n        status\n        acceptedCount\n      }\n    }\n  }\n": typeof types.JinniuAcceptDocument,
    "\n  mutation JinniuDecline($alertId: ID!) {\n    jinniuDeclineAlert(alertId: $alertId) {\n      status\n    }\n  }\n": typeof types.JinniuDeclineDocument,
    "\n  mutation JinniuCancel($alertId: ID!) {\n    jinniuCancelAlert(alertId: $alertId) {\n      ...JinniuAlertFields\n    }\n  }\n": typeof types.JinniuCancelDocument,
    "\n  query JinniuAlert($id: ID!) {\n    jinniu {\n      alert(id: $id) {\n        ...JinniuAlertFields\n        myOffer {\n          status\n        }\n      }\n    }\n  }\n": typeof types.JinniuAlertDocument,
    "\n  query JinniuOffers($status: JinniuOfferStatus, $first: Int, $after: String) {\n    jinniu {\n      myOffers(status: $status, first: $first, after: $after) {\n        edges {\n          node {\n            status\n            alert {\n              id\n              place\n              status\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.JinniuOffersDocument,
    "\n  query JinniuAlerts($first: Int, $after: String) {\n    jinniu {\n      alerts(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            offeredCount\n            acceptedCount\n            myOffer {\n              status\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.JinniuAlertsDocument,
    "\n        query JinniuMixed {\n          district(code: \"jinniu\") {\n            name\n            volunteerCount\n            projectCount\n            jinniu {\n              title\n              features\n            }\n          }\n          me {\n            displayName\n            district {\n              code\n            }\n          }\n          jinniu {\n            skills\n            myStandby {\n              skills\n            }\n            myOffers(first: 5) {\n              edges {\n                node {\n                  status\n                  alert {\n                    place\n                    needed\n                    acceptedCount\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.JinniuMixedDocument,
    "\n  query JinniuMyData {\n    myPersonalData {\n      volunteerId\n      jinniu\n    }\n  }\n": typeof types.JinniuMyDataDocument,
    "\n  mutation JinniuDeregister {\n    deregister(confirmation: \"DEREGISTER\") {\n      deregisteredAt\n    }\n  }\n": typeof types.JinniuDeregisterDocument,
    "\n  query LongquanyiStanding {\n    me {\n      id\n      displayName\n      confirmedHours\n      starLevel\n      longquanyi {\n        hours\n        points\n        awardedPoints\n        stars\n        title\n        nextLevel {\n          stars\n          hours\n          points\n        }\n        bankedHours\n        noShowsInYear\n        suspendedUntil\n      }\n    }\n  }\n": typeof types.LongquanyiStandingDocument,
    "\n  mutation LongquanyiAward($input: LongquanyiAwardInput!) {\n    longquanyiAwardPoints(input: $input) {\n      id\n      points\n      volunteer {\n        id\n      }\n    }\n  }\n": typeof types.LongquanyiAwardDocument,
    "\n  mutation LongquanyiCallIn($input: LongquanyiCallInInput!) {\n    longquanyiCallIn(input: $input) {\n      id\n      hours\n      service\n    }\n  }\n": typeof types.LongquanyiCallInDocument,
    "\n      query LongquanyiLevels {\n        longquanyi {\n          levels {\n            stars\n            hours\n            points\n          }\n        }\n      }\n    ": typeof types.LongquanyiLevelsDocument,
    "\n    query LongquanyiReadOther($id: ID!) {\n      volunteer(id: $id) {\n        longquanyi {\n          awardedPoints\n        }\n      }\n    }\n  ": typeof types.LongquanyiReadOtherDocument,
    "\n    query LongquanyiCallIns($after: String) {\n      me {\n        longquanyi {\n          callIns(first: 5, after: $after) {\n            edges {\n              node {\n                id\n                hours\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.LongquanyiCallInsDocument,
    "\n        mutation LongquanyiSignUp($s: ID!) {\n          signUp(shiftId: $s) {\n            id\n          }\n        }\n      ": typeof types.LongquanyiSignUpDocument,
    "\n    mutation LongquanyiMarkNoShow($id: ID!) {\n      markNoShow(signupId: $id) {\n        id\n        noShowAt\n      }\n    }\n  ": typeof types.LongquanyiMarkNoShowDocument,
    "\n        mutation LongquanyiLateCheckIn($id: ID!, $at: String) {\n          checkInVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      ": typeof types.LongquanyiLateCheckInDocument,
    "\n  fragment PiduTimeBankAccount on PiduVolunteer {\n    balance\n    held\n    cap\n    canSpend\n    uncreditedHours\n  }\n": typeof types.PiduTimeBankAccountFragmentDoc,
    "\n      query PiduTimeBankMyAccount {\n        pidu {\n          myAccount {\n            ...PiduTimeBankAccount\n          }\n        }\n      }\n    ": typeof types.PiduTimeBankMyAccountDocument,
    "\n      query PiduTimeBankMeAccount {\n        me {\n          displayName\n          starLevel\n          confirmedHours\n          pidu {\n            ...PiduTimeBankAccount\n            entries(first: 2) {\n              edges {\n                node {\n                  kind\n                  amount\n                  balanceAfter\n                  recordId\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.PiduTimeBankMeAccountDocument,
    "\n      query PiduTimeBankMe {\n        me {\n          starLevel\n          confirmedHours\n          pidu {\n            balance\n            uncreditedHours\n          }\n        }\n      }\n    ": typeof types.PiduTimeBankMeDocument,
    "\n    query PiduTimeBankVolunteerBalance($id: ID!) {\n      volunteer(id: $id) {\n        displayName\n        pidu {\n          balance\n        }\n      }\n    }\n  ": typeof types.PiduTimeBankVolunteerBalanceDocument,
    "\n        query PiduTimeBankPidu {\n          pidu {\n            myAccount {\n              entries(first: 2) {\n                edges {\n                  node {\n                    kind\n                    amount\n                    recordId\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.PiduTimeBankPiduDocument,
    "\n        mutation PiduTimeBankPiduGiveCredits($to: ID!, $a: Float!) {\n          piduGiveCredits(toVolunteerId: $to, amount: $a) {\n            balance\n          }\n        }\n      ": typeof types.PiduTimeBankPiduGiveCreditsDocument,
    "\n          mutation PiduTimeBankPiduDeclareFamily($id: ID!) {\n            piduDeclareFamily(relativeVolunteerId: $id, relation: CHILD) {\n              id\n              status\n              relation\n              declaredBy {\n                id\n              }\n              relative {\n                id\n              }\n            }\n          }\n        ": typeof types.PiduTimeBankPiduDeclareFamilyDocument,
    "\n      mutation PiduTimeBankAccept($id: ID!) {\n        piduAcceptFamily(linkId: $id) {\n          status\n          acceptedAt\n        }\n      }\n    ": typeof types.PiduTimeBankAcceptDocument,
    "\n          mutation PiduTimeBankPiduDeclareFamily2($id: ID!) {\n            piduDeclareFamily(relativeVolunteerId: $id, relation: PARENT) {\n              id\n            }\n          }\n        ": typeof types.PiduTimeBankPiduDeclareFamily2Document,
    "\n          mutation PiduTimeBankPiduGiveCredits2 {\n            piduGiveCredits(toVolunteerId: \"nope\", amount: 1) {\n              balance\n            }\n          }\n        ": typeof types.PiduTimeBankPiduGiveCredits2Document,
    "\n            mutation PiduTimeBankPiduGiveCredits3($to: ID!) {\n              piduGiveCredits(toVolunteerId: $to, amount: 20) {\n                balance\n              }\n            }\n          ": typeof types.PiduTimeBankPiduGiveCredits3Document,
    "\n    mutation PiduTimeBankBook($id: ID!) {\n      piduBookService(offerId: $id) {\n        id\n        status\n        credits\n        offer {\n          title\n        }\n        buyer {\n          id\n        }\n        provider {\n          id\n        }\n      }\n    }\n  ": typeof types.PiduTimeBankBookDocument,
    "\n    mutation PiduTimeBankComplete($id: ID!) {\n      piduCompleteBooking(bookingId: $id) {\n        status\n        settledAt\n      }\n    }\n  ": typeof types.PiduTimeBankCompleteDocument,
    "\n    mutation PiduTimeBankCancel($id: ID!) {\n      piduCancelBooking(bookingId: $id) {\n        status\n      }\n    }\n  ": typeof types.PiduTimeBankCancelDocument,
    "\n          query PiduTimeBankPidu2 {\n            pidu {\n              offers(first: 3) {\n                edges {\n                  node {\n                    title\n                    credits\n                    place\n                    provider {\n                      displayName\n                    }\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": typeof types.PiduTimeBankPidu2Document,
    "\n          query PiduTimeBankPidu3($after: String) {\n            pidu {\n              offers(first: 3, after: $after) {\n                edges {\n                  node {\n                    title\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        ": typeof types.PiduTimeBankPidu3Document,
    "\n          query PiduTimeBankPidu4 {\n            pidu {\n              offers(first: 101) {\n                edges {\n                  cursor\n                }\n              }\n            }\n          }\n        ": typeof types.PiduTimeBankPidu4Document,
    "\n      mutation PiduTimeBankPost($input: PiduOfferInput!) {\n        piduPostOffer(input: $input) {\n          id\n          title\n          status\n          provider {\n            id\n          }\n        }\n      }\n    ": typeof types.PiduTimeBankPostDocument,
    "\n      mutation PiduTimeBankWithdraw($id: ID!) {\n        piduWithdrawOffer(offerId: $id) {\n          status\n        }\n      }\n    ": typeof types.PiduTimeBankWithdrawDocument,
    "\n          query PiduTimeBankPidu5 {\n            pidu {\n              myBookings(role: BUYER, first: 100) {\n                edges {\n                  node {\n                    status\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        ": typeof types.PiduTimeBankPidu5Document,
    "\n          query PiduTimeBankPidu6 {\n            pidu {\n              myBookings(role: PROVIDER, first: 50) {\n                edges {\n                  node {\n                    status\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        ": typeof types.PiduTimeBankPidu6Document,
    "\n          query PiduTimeBankPidu7 {\n            pidu {\n              myBookings(role: BUYER, first: 100) {\n                edges {\n                  node {\n                    id\n                    status\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.PiduTimeBankPidu7Document,
    "\n    query PiduTimeBankManyAccounts {\n      volunteers(first: 16) {\n        edges {\n          node {\n            displayName\n            starLevel\n            pidu {\n              balance\n              canSpend\n              uncreditedHours\n              family {\n                relation\n                relative {\n                  displayName\n                }\n              }\n              entries(first: 3) {\n                edges {\n                  node {\n                    kind\n                    amount\n                    counterpart {\n                      displayName\n                    }\n                    booking {\n                      status\n                      offer {\n                        title\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.PiduTimeBankManyAccountsDocument,
    "\n    mutation PiduTimeBankGive($to: ID!, $a: Float!, $k: String) {\n      piduGiveCredits(toVolunteerId: $to, amount: $a, idempotencyKey: $k) {\n        balance\n      }\n    }\n  ": typeof types.PiduTimeBankGiveDocument,
    "\n    mutation PiduTimeBankBookOnce($id: ID!, $k: String) {\n      piduBookService(offerId: $id, idempotencyKey: $k) {\n        id\n        status\n        credits\n      }\n    }\n  ": typeof types.PiduTimeBankBookOnceDocument,
    "\n          mutation PiduTimeBankPiduDeclareFamily3($id: ID!) {\n            piduDeclareFamily(relativeVolunteerId: $id, relation: GRANDCHILD) {\n              id\n            }\n          }\n        ": typeof types.PiduTimeBankPiduDeclareFamily3Document,
    "\n          mutation PiduTimeBankPiduAcceptFamily($id: ID!) {\n            piduAcceptFamily(linkId: $id) {\n              status\n            }\n          }\n        ": typeof types.PiduTimeBankPiduAcceptFamilyDocument,
    "\n          mutation PiduTimeBankPiduCancelBooking($id: ID!) {\n            piduCancelBooking(bookingId: $id) {\n              status\n            }\n          }\n        ": typeof types.PiduTimeBankPiduCancelBookingDocument,
    "\n    query PiduXinjinEventsAccounts {\n      pidu {\n        myAccount {\n          balance\n        }\n      }\n      xinjin {\n        myAccount {\n          points\n        }\n      }\n    }\n  ": typeof types.PiduXinjinEventsAccountsDocument,
    "\n        mutation R($input: RegisterVolunteerInput!) {\n          registerVolunteer(input: $input) {\n            id\n          }\n        }\n      ": typeof types.RDocument,
    "\n        mutation PiduXinjinEventsSignUp($s: ID!) {\n          signUp(shiftId: $s) {\n            id\n          }\n        }\n      ": typeof types.PiduXinjinEventsSignUpDocument,
    "\n        mutation PiduXinjinEventsCheckInVolunteer($id: ID!, $at: String) {\n          checkInVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      ": typeof types.PiduXinjinEventsCheckInVolunteerDocument,
    "\n        mutation PiduXinjinEventsCheckOutVolunteer($id: ID!, $at: String) {\n          checkOutVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      ": typeof types.PiduXinjinEventsCheckOutVolunteerDocument,
    "\n        mutation PiduXinjinEventsConfirmServiceRecords($ids: [ID!]!) {\n          confirmServiceRecords(ids: $ids) {\n            status\n          }\n        }\n      ": typeof types.PiduXinjinEventsConfirmServiceRecordsDocument,
    "\n      query PiduXinjinEventsMe {\n        me {\n          district {\n            name\n          }\n          confirmedHours\n          starLevel\n          points\n          pidu {\n            balance\n            canSpend\n            entries(first: 1) {\n              edges {\n                node {\n                  kind\n                  amount\n                  recordId\n                }\n              }\n            }\n          }\n          xinjin {\n            points\n            earnedPoints\n          }\n        }\n      }\n    ": typeof types.PiduXinjinEventsMeDocument,
    "\n  query P($id: ID!) {\n    qionglai {\n      place(id: $id) {\n        name\n        town\n        kind\n        figures {\n          projectCount\n          confirmedHours\n          volunteerCount\n        }\n        projects(first: 5) {\n          edges {\n            node {\n              theme\n              project {\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PDocument,
    "\n  mutation T($input: QionglaiTagProjectInput!) {\n    qionglaiTagProject(input: $input) {\n      theme\n      place {\n        name\n      }\n      project {\n        id\n        title\n      }\n    }\n  }\n": typeof types.TDocument,
    "\n  query S($id: ID!) {\n    project(id: $id) {\n      title\n      district {\n        code\n      }\n      qionglai {\n        theme\n        place {\n          name\n        }\n      }\n    }\n  }\n": typeof types.SDocument,
    "\n        query Q($id: ID!) {\n          project(id: $id) {\n            title\n            organization {\n              name\n            }\n            district {\n              name\n              projectCount\n              qionglai {\n                title\n                features\n              }\n            }\n            qionglai {\n              theme\n              taggedAt\n              place {\n                name\n                town\n                figures {\n                  projectCount\n                  confirmedHours\n                  volunteerCount\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.QDocument,
    "\n    query QionglaiPlaces($first: Int, $after: String) {\n      qionglai {\n        places(first: $first, after: $after) {\n          edges {\n            node {\n              name\n              town\n              figures {\n                projectCount\n                confirmedHours\n              }\n              projects(first: 2) {\n                edges {\n                  node {\n                    theme\n                  }\n                }\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  ": typeof types.QionglaiPlacesDocument,
    "\n        query QionglaiQionglai {\n          qionglai {\n            places(kind: COMMUNITY, first: 10) {\n              edges {\n                node {\n                  name\n                  kind\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.QionglaiQionglaiDocument,
    "\n    query QionglaiT($id: ID!, $theme: QionglaiTheme) {\n      qionglai {\n        place(id: $id) {\n          projects(theme: $theme, first: 5) {\n            edges {\n              node {\n                project {\n                  title\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.QionglaiTDocument,
    "\n        mutation U($id: ID!) {\n          qionglaiUntagProject(projectId: $id)\n        }\n      ": typeof types.UDocument,
    "\n    mutation QionglaiU($id: ID!) {\n      qionglaiUntagProject(projectId: $id)\n    }\n  ": typeof types.QionglaiUDocument,
    "\n        mutation QionglaiRequestCorrection($id: ID!, $hours: Float!) {\n          requestCorrection(recordId: $id, hours: $hours, reason: \"下午提前离开，多记了两小时\") {\n            id\n          }\n        }\n      ": typeof types.QionglaiRequestCorrectionDocument,
    "\n        mutation QionglaiR($id: ID!) {\n          resolveCorrection(id: $id, accept: true) {\n            status\n          }\n        }\n      ": typeof types.QionglaiRDocument,
    "\n  fragment ShuangliuShiftFields on ShuangliuShift {\n    takenAt\n    checkedInAt\n    checkedOutAt\n    hours\n    slot {\n      id\n      taken\n      free\n      capacity\n    }\n  }\n": typeof types.ShuangliuShiftFieldsFragmentDoc,
    "\n  mutation ShuangliuAddPost($input: ShuangliuPostInput!) {\n    shuangliuAddPost(input: $input) {\n      id\n      hub\n      name\n      active\n    }\n  }\n": typeof types.ShuangliuAddPostDocument,
    "\n  mutation ShuangliuSetPost($postId: ID!, $active: Boolean!) {\n    shuangliuSetPostActive(postId: $postId, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.ShuangliuSetPostDocument,
    "\n  mutation ShuangliuAddSlot($input: ShuangliuSlotInput!) {\n    shuangliuAddSlot(input: $input) {\n      id\n      day\n      startsAt\n      endsAt\n      capacity\n      taken\n      free\n    }\n  }\n": typeof types.ShuangliuAddSlotDocument,
    "\n  mutation ShuangliuCapacity($slotId: ID!, $capacity: Int!) {\n    shuangliuSetSlotCapacity(slotId: $slotId, capacity: $capacity) {\n      capacity\n      taken\n    }\n  }\n": typeof types.ShuangliuCapacityDocument,
    "\n  mutation ShuangliuTake($slotId: ID!) {\n    shuangliuTakeSlot(slotId: $slotId) {\n      ...ShuangliuShiftFields\n    }\n  }\n": typeof types.ShuangliuTakeDocument,
    "\n  mutation ShuangliuRelease($slotId: ID!) {\n    shuangliuReleaseSlot(slotId: $slotId)\n  }\n": typeof types.ShuangliuReleaseDocument,
    "\n  mutation ShuangliuCheckIn($slotId: ID!) {\n    shuangliuCheckIn(slotId: $slotId) {\n      ...ShuangliuShiftFields\n    }\n  }\n": typeof types.ShuangliuCheckInDocument,
    "\n  mutation ShuangliuCheckOut($slotId: ID!) {\n    shuangliuCheckOut(slotId: $slotId) {\n      ...ShuangliuShiftFields\n    }\n  }\n": typeof types.ShuangliuCheckOutDocument,
    "\n  query ShuangliuRota($postId: ID!, $day: String!) {\n    shuangliu {\n      post(id: $postId) {\n        name\n        hoursServed\n        shiftsServed\n        rota(day: $day) {\n          id\n          startsAt\n          capacity\n          taken\n          myShift {\n            takenAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ShuangliuRotaDocument,
    "\n  query ShuangliuVolunteerHours($id: ID!) {\n    volunteer(id: $id) {\n      shuangliu {\n        hours\n        shifts\n      }\n    }\n  }\n": typeof types.ShuangliuVolunteerHoursDocument,
    "\n        query ShuangliuMixed($day: String!) {\n          district(code: \"shuangliu\") {\n            name\n            organizationCount\n            shuangliu {\n              title\n              features\n            }\n          }\n          volunteer(id: \"20000000-0000-4000-8000-000000000010\") {\n            displayName\n            confirmedHours\n            shuangliu {\n              hours\n              shifts\n            }\n          }\n          shuangliu {\n            hubs {\n              name\n              figures {\n                activePosts\n                checkIns\n                volunteers\n                hoursServed\n              }\n              posts(first: 5) {\n                edges {\n                  node {\n                    name\n                    rota(day: $day) {\n                      startsAt\n                      free\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ShuangliuMixedDocument,
    "\n        query ShuangliuMyShifts($first: Int, $after: String) {\n          shuangliu {\n            myShifts(first: $first, after: $after) {\n              edges {\n                node {\n                  hours\n                  slot {\n                    id\n                    post {\n                      name\n                    }\n                  }\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        }\n      ": typeof types.ShuangliuMyShiftsDocument,
    "\n    query ShuangliuFigures($from: String, $to: String, $first: Int, $after: String, $day: String!) {\n      shuangliu {\n        hubs {\n          name\n          figures(from: $from, to: $to) {\n            slots\n            places\n            placesTaken\n            hoursServed\n          }\n          posts(first: $first, after: $after) {\n            edges {\n              node {\n                id\n                hoursServed\n                rota(day: $day) {\n                  id\n                  free\n                }\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.ShuangliuFiguresDocument,
    "\n  query ShuangliuMyData {\n    myPersonalData {\n      volunteerId\n      shuangliu\n    }\n  }\n": typeof types.ShuangliuMyDataDocument,
    "\n  mutation ShuangliuDeregister {\n    deregister(confirmation: \"DEREGISTER\") {\n      deregisteredAt\n    }\n  }\n": typeof types.ShuangliuDeregisterDocument,
    "\n  fragment WuhouNeedFields on WuhouNeed {\n    id\n    title\n    status\n    street\n    urgency\n    postedByMe\n    contact {\n      phone\n      addressDetail\n    }\n    taker {\n      id\n      displayName\n    }\n    honorHours\n    hidden\n    hiddenReason\n  }\n": typeof types.WuhouNeedFieldsFragmentDoc,
    "\n  mutation WuhouPost($input: WuhouPostNeedInput!) {\n    wuhouPostNeed(input: $input) {\n      ...WuhouNeedFields\n    }\n  }\n": typeof types.WuhouPostDocument,
    "\n  mutation WuhouTake($id: ID!) {\n    wuhouTakeNeed(id: $id) {\n      ...WuhouNeedFields\n    }\n  }\n": typeof types.WuhouTakeDocument,
    "\n  mutation WuhouDone($id: ID!, $hours: Float) {\n    wuhouConfirmNeedDone(id: $id, hours: $hours) {\n      ...WuhouNeedFields\n    }\n  }\n": typeof types.WuhouDoneDocument,
    "\n  mutation WuhouCancel($id: ID!) {\n    wuhouCancelNeed(id: $id) {\n      ...WuhouNeedFields\n    }\n  }\n": typeof types.WuhouCancelDocument,
    "\n  mutation WuhouModerate($id: ID!, $hidden: Boolean!, $reason: String) {\n    wuhouModerateNeed(id: $id, hidden: $hidden, reason: $reason) {\n      ...WuhouNeedFields\n    }\n  }\n": typeof types.WuhouModerateDocument,
    "\n  query WuhouNeed($id: ID!) {\n    wuhou {\n      need(id: $id) {\n        ...WuhouNeedFields\n      }\n    }\n  }\n": typeof types.WuhouNeedDocument,
    "\n  query B($first: Int, $after: String, $street: String) {\n    wuhou {\n      needs(first: $first, after: $after, street: $street) {\n        edges {\n          node {\n            id\n            title\n            neededAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.BDocument,
    "\n  query H($id: ID!) {\n    volunteer(id: $id) {\n      displayName\n      confirmedHours\n      points\n      wuhou {\n        honorHours\n        completedNeedCount\n      }\n    }\n  }\n": typeof types.HDocument,
    "\n        query WuhouQ($id: ID!) {\n          district(code: \"wuhou\") {\n            name\n            projectCount\n            wuhou {\n              title\n              features\n            }\n          }\n          volunteer(id: $id) {\n            displayName\n            starLevel\n            confirmedHours\n            wuhou {\n              honorHours\n              completedNeedCount\n            }\n          }\n          wuhou {\n            streets\n            needs(first: 10) {\n              edges {\n                node {\n                  title\n                  street\n                  community\n                  urgency\n                  neededAt\n                  contact {\n                    phone\n                  }\n                  taker {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.WuhouQDocument,
    "\n        query WuhouWuhou {\n          wuhou {\n            myTakenNeeds(first: 5) {\n              edges {\n                node {\n                  id\n                  status\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.WuhouWuhouDocument,
    "\n    query WuhouAdminBoard {\n      wuhou {\n        needs(includeHidden: true, first: 100) {\n          edges {\n            node {\n              id\n              hidden\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.WuhouAdminBoardDocument,
    "\n          query WuhouWuhou2 {\n            wuhou {\n              myNeeds(first: 3) {\n                edges {\n                  node {\n                    title\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        ": typeof types.WuhouWuhou2Document,
    "\n    query V($first: Int) {\n      volunteers(first: $first) {\n        edges {\n          node {\n            displayName\n            wuhou {\n              honorHours\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.VDocument,
    "\n          mutation WuhouR($input: RegisterVolunteerInput!) {\n            registerVolunteer(input: $input) {\n              id\n            }\n          }\n        ": typeof types.WuhouRDocument,
    "\n  mutation XinjinPointsMallRedeem($id: ID!) {\n    xinjinRedeemReward(rewardId: $id) {\n      id\n      code\n      points\n      status\n      reward {\n        title\n        stock\n      }\n      volunteer {\n        id\n      }\n    }\n  }\n": typeof types.XinjinPointsMallRedeemDocument,
    "\n  mutation XinjinPointsMallUse($code: String!) {\n    xinjinUseRedemption(code: $code) {\n      status\n      usedAt\n      reward {\n        title\n      }\n    }\n  }\n": typeof types.XinjinPointsMallUseDocument,
    "\n  mutation XinjinPointsMallCreate($input: XinjinRewardInput!) {\n    xinjinCreateReward(input: $input) {\n      id\n      title\n      stock\n      pointsCost\n      status\n      merchantAccount\n    }\n  }\n": typeof types.XinjinPointsMallCreateDocument,
    "\n        query XinjinPointsMallXinjin {\n          xinjin {\n            myAccount {\n              points\n              earnedPoints\n            }\n          }\n        }\n      ": typeof types.XinjinPointsMallXinjinDocument,
    "\n      query XinjinPointsMallMe {\n        me {\n          displayName\n          starLevel\n          confirmedHours\n          points\n          xinjin {\n            points\n            earnedPoints\n            redemptions(first: 5) {\n              edges {\n                cursor\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.XinjinPointsMallMeDocument,
    "\n    query XinjinPointsVolunteerPoints($id: ID!) {\n      volunteer(id: $id) {\n        xinjin {\n          points\n        }\n      }\n    }\n  ": typeof types.XinjinPointsVolunteerPointsDocument,
    "\n      mutation XinjinPointsMallRestock($id: ID!, $q: Int!) {\n        xinjinRestockReward(rewardId: $id, quantity: $q) {\n          stock\n        }\n      }\n    ": typeof types.XinjinPointsMallRestockDocument,
    "\n      mutation XinjinPointsMallRetire($id: ID!) {\n        xinjinRetireReward(rewardId: $id) {\n          status\n        }\n      }\n    ": typeof types.XinjinPointsMallRetireDocument,
    "\n            query XinjinPointsMallXinjin2 {\n              xinjin {\n                rewards(first: 50, includeRetired: true) {\n                  edges {\n                    node {\n                      id\n                      merchantAccount\n                    }\n                  }\n                }\n              }\n            }\n          ": typeof types.XinjinPointsMallXinjin2Document,
    "\n          query XinjinPointsMallXinjin3 {\n            xinjin {\n              rewards(first: 3) {\n                edges {\n                  node {\n                    title\n                    merchantName\n                    pointsCost\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": typeof types.XinjinPointsMallXinjin3Document,
    "\n          query XinjinPointsMallXinjin4($a: String) {\n            xinjin {\n              rewards(first: 3, after: $a) {\n                edges {\n                  node {\n                    title\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        ": typeof types.XinjinPointsMallXinjin4Document,
    "\n          query XinjinPointsMallXinjin5 {\n            xinjin {\n              rewards(first: 0) {\n                edges {\n                  cursor\n                }\n              }\n            }\n          }\n        ": typeof types.XinjinPointsMallXinjin5Document,
    "\n          query XinjinPointsMallXinjin6 {\n            xinjin {\n              rewards(first: 5, after: \"garbage\") {\n                edges {\n                  cursor\n                }\n              }\n            }\n          }\n        ": typeof types.XinjinPointsMallXinjin6Document,
    "\n          query XinjinPointsMallMe2 {\n            me {\n              xinjin {\n                redemptions(first: 3) {\n                  edges {\n                    node {\n                      code\n                      points\n                      status\n                      reward {\n                        title\n                      }\n                    }\n                  }\n                  pageInfo {\n                    hasNextPage\n                    endCursor\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.XinjinPointsMallMe2Document,
    "\n          query XinjinPointsMallMe3($a: String) {\n            me {\n              xinjin {\n                redemptions(first: 3, after: $a) {\n                  edges {\n                    node {\n                      code\n                    }\n                  }\n                  pageInfo {\n                    hasNextPage\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.XinjinPointsMallMe3Document,
    "\n      query XinjinPointsMallCheck($code: String!) {\n        xinjin {\n          checkRedemption(code: $code) {\n            status\n            points\n            reward {\n              title\n            }\n            volunteer {\n              displayName\n            }\n          }\n        }\n      }\n    ": typeof types.XinjinPointsMallCheckDocument,
    "\n    query XinjinPointsManyVolunteers {\n      volunteers(first: 16) {\n        edges {\n          node {\n            displayName\n            points\n            xinjin {\n              points\n              earnedPoints\n              redemptions(first: 2) {\n                edges {\n                  node {\n                    code\n                    reward {\n                      title\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.XinjinPointsManyVolunteersDocument,
    "\n      query CityQueryProjects {\n        projects(first: 3) {\n          edges {\n            node {\n              title\n              organization {\n                name\n                verified\n                projectCount\n              }\n              district {\n                name\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    ": typeof types.CityQueryProjectsDocument,
    "\n      query CityQueryVolunteer {\n        volunteer(id: \"20000000-0000-4000-8000-000000000002\") {\n          displayName\n          district {\n            name\n          }\n          confirmedHours\n          serviceSummary {\n            recordCount\n            projectCount\n            organizationCount\n            firstServedOn\n          }\n        }\n      }\n    ": typeof types.CityQueryVolunteerDocument,
    "\n      query CityQueryVolunteer2 {\n        volunteer(id: \"1 OR 1=1\") {\n          displayName\n        }\n      }\n    ": typeof types.CityQueryVolunteer2Document,
    "\n      query CityQueryVolunteer3 {\n        volunteer(id: \"20000000-0000-4000-8000-00000000ffff\") {\n          displayName\n        }\n      }\n    ": typeof types.CityQueryVolunteer3Document,
    "\n          query CityQueryPage($first: Int) {\n            projects(first: $first) {\n              edges {\n                node {\n                  title\n                  organization {\n                    name\n                    projectCount\n                  }\n                  district {\n                    name\n                    organizationCount\n                    volunteerCount\n                    projectCount\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.CityQueryPageDocument,
    "\n        query EventsFlowProjects {\n          projects(first: 20) {\n            edges {\n              node {\n                title\n                shifts {\n                  id\n                  startsAt\n                  freePlaces\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.EventsFlowProjectsDocument,
    "\n          mutation EventsFlowS($id: ID!) {\n            signUp(shiftId: $id) {\n              status\n              shift {\n                id\n              }\n            }\n          }\n        ": typeof types.EventsFlowSDocument,
    "\n          mutation EventsFlowR($input: RegisterVolunteerInput!) {\n            registerVolunteer(input: $input) {\n              id\n            }\n          }\n        ": typeof types.EventsFlowRDocument,
    "\n          query L($f: VolunteerFilter) {\n            volunteers(filter: $f, first: 50) {\n              edges {\n                node {\n                  displayName\n                  confirmedHours\n                  starLevel\n                }\n              }\n            }\n          }\n        ": typeof types.LDocument,
    "\n  query IdentityMe {\n    me {\n      displayName\n    }\n  }\n": typeof types.IdentityMeDocument,
    "\n            query IdentityDistrict {\n              district(code: \"pidu\") {\n                name\n              }\n            }\n          ": typeof types.IdentityDistrictDocument,
    "\n        query IdentityVolunteer {\n          volunteer(id: \"20000000-0000-4000-8000-000000000001\") {\n            displayName\n          }\n        }\n      ": typeof types.IdentityVolunteerDocument,
    "\n        mutation NotifyVerify($id: ID!) {\n          verifyOrganization(id: $id) {\n            status\n          }\n        }\n      ": typeof types.NotifyVerifyDocument,
    "\n        mutation NotifySuspend($id: ID!, $reason: String!) {\n          suspendOrganization(id: $id, reason: $reason) {\n            status\n          }\n        }\n      ": typeof types.NotifySuspendDocument,
    "\n        mutation NotifyApprove($id: ID!) {\n          approveTeamMember(memberId: $id) {\n            status\n          }\n        }\n      ": typeof types.NotifyApproveDocument,
    "\n        mutation NotifyJoin($team: ID!) {\n          joinTeam(teamId: $team) {\n            id\n          }\n        }\n      ": typeof types.NotifyJoinDocument,
    "\n        mutation NotifyDecline($id: ID!) {\n          declineTeamMember(memberId: $id, reason: \"本期队伍已满员\") {\n            status\n          }\n        }\n      ": typeof types.NotifyDeclineDocument,
    "\n    query NotifyMe {\n      me {\n        id\n      }\n    }\n  ": typeof types.NotifyMeDocument,
    "\n        mutation NotifyFound {\n          chenghuaCreateFamily(name: \"蓉城一家\") {\n            id\n          }\n        }\n      ": typeof types.NotifyFoundDocument,
    "\n    mutation NotifyAddMember($id: ID!) {\n      chenghuaAddMember(volunteerId: $id) {\n        status\n      }\n    }\n  ": typeof types.NotifyAddMemberDocument,
    "\n    mutation NotifyBook($id: ID!, $key: String) {\n      piduBookService(offerId: $id, idempotencyKey: $key) {\n        id\n      }\n    }\n  ": typeof types.NotifyBookDocument,
    "\n  query SeedDistrictCounts {\n    districts {\n      code\n      volunteerCount\n      projectCount\n    }\n  }\n": typeof types.SeedDistrictCountsDocument,
    "\n        query GuardsProofBesidePublic($id: ID!) {\n          volunteer(id: $id) {\n            displayName\n            serviceProof {\n              code\n            }\n          }\n          projects(first: 1) {\n            edges {\n              node {\n                title\n              }\n            }\n          }\n        }\n      ": typeof types.GuardsProofBesidePublicDocument,
    "\n        query GuardsVolunteers {\n          volunteers(first: 2) {\n            edges {\n              cursor\n            }\n          }\n        }\n      ": typeof types.GuardsVolunteersDocument,
    "\n        query GuardsMe {\n          me {\n            displayName\n          }\n        }\n      ": typeof types.GuardsMeDocument,
    "\n        query GuardsMe2 {\n          me {\n            displayName\n          }\n        }\n      ": typeof types.GuardsMe2Document,
    "\n        query GuardsMe3 {\n          me {\n            displayName\n          }\n        }\n      ": typeof types.GuardsMe3Document,
    "\n        query GuardsMe4 {\n          me {\n            displayName\n          }\n        }\n      ": typeof types.GuardsMe4Document,
    "\n  query HostileTwoSubgraphs {\n    volunteer(id: \"20000000-0000-4000-8000-000000000001\") {\n      displayName\n    }\n    projects(first: 1) {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n": typeof types.HostileTwoSubgraphsDocument,
    "\n        query HostileProjects {\n          projects(first: 100) {\n            edges {\n              node {\n                organization {\n                  projects(first: 100) {\n                    title\n                    organization {\n                      name\n                      projects(first: 100) {\n                        title\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.HostileProjectsDocument,
    "\n        query Hostile__schema {\n          __schema {\n            types {\n              name\n            }\n          }\n        }\n      ": typeof types.Hostile__SchemaDocument,
    "\n          query HostileVolunteer {\n            volunteer(id: \"20000000-0000-4000-8000-000000000001\") {\n              displayName\n            }\n            projects(first: 1) {\n              edges {\n                node {\n                  title\n                }\n              }\n            }\n          }\n        ": typeof types.HostileVolunteerDocument,
    "\n          query ProjectPage($id: ID!) {\n            project(id: $id) {\n              title\n            }\n          }\n        ": typeof types.ProjectPageDocument,
    "\n        mutation HostileSetPartnerSharing {\n          setPartnerSharing(allow: false) {\n            id\n          }\n        }\n      ": typeof types.HostileSetPartnerSharingDocument,
    "\n        query HostileP($first: Int) {\n          projects(first: $first) {\n            edges {\n              node {\n                title\n              }\n            }\n          }\n        }\n      ": typeof types.HostilePDocument,
    "\n        query HostileP2($id: ID!, $first: Int) {\n          project(id: $id) {\n            title\n          }\n          projects(first: $first) {\n            edges {\n              cursor\n            }\n          }\n        }\n      ": typeof types.HostileP2Document,
    "\n        query HostileP3($s: ProjectSort) {\n          projects(sort: $s, first: 1) {\n            edges {\n              cursor\n            }\n          }\n        }\n      ": typeof types.HostileP3Document,
    "\n        query HostileP4($id: ID!) {\n          project(id: $id) {\n            title\n          }\n        }\n      ": typeof types.HostileP4Document,
    "\n  mutation InputHygieneP($input: WuhouPostNeedInput!) {\n    wuhouPostNeed(input: $input) {\n      id\n    }\n  }\n": typeof types.InputHygienePDocument,
    "\n  mutation InputHygieneCreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n": typeof types.InputHygieneCreateProjectDocument,
    "\n  mutation InputHygieneR($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n": typeof types.InputHygieneRDocument,
    "\n        query InputHygieneDistricts($k: String) {\n          districts {\n            code\n          }\n          projects(first: 1, filter: { keyword: $k }) {\n            edges {\n              cursor\n            }\n          }\n        }\n      ": typeof types.InputHygieneDistrictsDocument,
    "\n      query InputHygieneQ($after: String) {\n        qionglai {\n          places(first: 2, after: $after) {\n            edges {\n              cursor\n              node {\n                name\n              }\n            }\n            pageInfo {\n              endCursor\n            }\n          }\n        }\n      }\n    ": typeof types.InputHygieneQDocument,
    "\n          query PagesProjects {\n            projects(first: 1) {\n              edges {\n                node {\n                  id\n                  title\n                  shareCode\n                  district {\n                    name\n                  }\n                  startsOn\n                }\n              }\n            }\n          }\n        ": typeof types.PagesProjectsDocument,
    "\n          query PagesProjects2 {\n            projects(first: 20) {\n              edges {\n                node {\n                  title\n                  shifts {\n                    id\n                    freePlaces\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.PagesProjects2Document,
    "\n          mutation PagesS($id: ID!) {\n            signUp(shiftId: $id) {\n              status\n            }\n          }\n        ": typeof types.PagesSDocument,
    "\n          query PagesMyCalendarFeedToken {\n            myCalendarFeedToken\n          }\n        ": typeof types.PagesMyCalendarFeedTokenDocument,
    "\n    mutation RateLimitsMutate {\n      setPartnerSharing(allow: false) {\n        id\n      }\n    }\n  ": typeof types.RateLimitsMutateDocument,
    "\n  query ResponseCacheCategories {\n    serviceCategories {\n      code\n      name\n      subcategories {\n        code\n      }\n    }\n  }\n": typeof types.ResponseCacheCategoriesDocument,
    "\n  query ResponseCacheProjectList($first: Int!) {\n    projects(first: $first) {\n      edges {\n        node {\n          id\n          title\n          district {\n            code\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ResponseCacheProjectListDocument,
    "\n  query ResponseCacheProjectPage($id: ID!) {\n    project(id: $id) {\n      id\n      freePlaces\n      requirements {\n        skills\n      }\n      shifts {\n        id\n        freePlaces\n        mySignup {\n          id\n        }\n      }\n      photos(first: 5) {\n        id\n      }\n    }\n  }\n": typeof types.ResponseCacheProjectPageDocument,
    "\n  query ResponseCacheCalendar($from: String!, $to: String!) {\n    calendar(from: $from, to: $to) {\n      date\n      freePlaces\n      shifts {\n        id\n        project {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.ResponseCacheCalendarDocument,
    "\n  query ResponseCacheWithCampaign {\n    projects(first: 3) {\n      edges {\n        node {\n          id\n          campaign {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResponseCacheWithCampaignDocument,
    "\n  query ResponseCacheFigures($from: String!, $to: String!) {\n    statistics(from: $from, to: $to) {\n      confirmedHours {\n        value\n      }\n      volunteersTotal {\n        value\n      }\n      organizationsTotal\n      pidu {\n        creditsIssued {\n          value\n        }\n      }\n      traffic {\n        requests\n      }\n      months {\n        month\n      }\n    }\n  }\n": typeof types.ResponseCacheFiguresDocument,
    "\n  query ResponseCachePartnerCalls($from: String!, $to: String!) {\n    statistics(from: $from, to: $to) {\n      organizationsTotal\n    }\n    partnerCalls(appId: \"citizen-cloud\") {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ResponseCachePartnerCallsDocument,
    "\n  query SharedFetchCategories {\n    serviceCategories {\n      code\n    }\n  }\n": typeof types.SharedFetchCategoriesDocument,
    "\n  mutation SharedFetchSignUp($shiftId: ID!) {\n    signUp(shiftId: $shiftId) {\n      id\n    }\n  }\n": typeof types.SharedFetchSignUpDocument,
    "\n  mutation MajorEventsOpenRound($event: ID!, $title: String!, $deadline: String!) {\n    openNeedsRound(eventId: $event, title: $title, deadline: $deadline) {\n      id\n      open\n      deadline\n    }\n  }\n": typeof types.MajorEventsOpenRoundDocument,
    "\n  mutation MajorEventsSubmitNeed($input: SubmitRoleNeedInput!) {\n    submitRoleNeed(input: $input) {\n      id\n      places\n      note\n      roleKind\n      organization {\n        id\n      }\n      event {\n        id\n      }\n    }\n  }\n": typeof types.MajorEventsSubmitNeedDocument,
    "\n  query MajorEventsApplications($id: ID!, $status: MajorEventApplicationStatus) {\n    majorEvent(id: $id) {\n      organizedByMe\n      applications(status: $status, first: 50) {\n        edges {\n          node {\n            id\n            status\n            skills\n            languages\n            availability\n            reason\n            team {\n              id\n            }\n            volunteer {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MajorEventsApplicationsDocument,
    "\n  query MajorEventsVolunteerRows($id: ID!) {\n    volunteer(id: $id) {\n      majorEventApplications {\n        id\n        skills\n        status\n      }\n      majorEventDeployments {\n        id\n        hours\n      }\n    }\n  }\n": typeof types.MajorEventsVolunteerRowsDocument,
    "\n  mutation MajorEventsAddSession($input: AddTrainingSessionInput!) {\n    addMajorEventTrainingSession(input: $input) {\n      id\n      courseCode\n      studyHours\n    }\n  }\n": typeof types.MajorEventsAddSessionDocument,
    "\n  mutation MajorEventsAttend($session: ID!, $volunteers: [ID!]!) {\n    recordMajorEventAttendance(sessionId: $session, volunteerIds: $volunteers) {\n      id\n      attendeeCount\n      attendees {\n        id\n      }\n    }\n  }\n": typeof types.MajorEventsAttendDocument,
    "\n  mutation MajorEventsHours($id: ID!, $hours: Float!) {\n    recordMajorEventHours(deploymentId: $id, hours: $hours) {\n      id\n      hours\n    }\n  }\n": typeof types.MajorEventsHoursDocument,
    "\n  query MajorEventsFigures($id: ID!, $year: Int!) {\n    majorEvent(id: $id) {\n      figures {\n        applicants\n        selected\n        trainedPersonTimes\n        deployedPersonTimes\n        hours\n      }\n    }\n    majorEventFigures(year: $year) {\n      events\n      figures {\n        applicants\n        selected\n        trainedPersonTimes\n        deployedPersonTimes\n        hours\n      }\n    }\n  }\n": typeof types.MajorEventsFiguresDocument,
    "\n  mutation MajorEventsInvite($role: ID!, $team: ID!) {\n    inviteTeamToMajorEvent(roleId: $role, teamId: $team) {\n      alreadyApplied\n      missingCourse\n      applications {\n        status\n        volunteer {\n          id\n        }\n        team {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MajorEventsInviteDocument,
    "\n  query MajorEventsFederated($host: ID!, $unit: ID!) {\n    host: organization(id: $host) {\n      name\n      hostedMajorEvents {\n        id\n        name\n      }\n    }\n    unit: organization(id: $unit) {\n      submittedMajorEventNeeds {\n        id\n        places\n      }\n    }\n    district(code: \"tianfu\") {\n      name\n      majorEvents {\n        id\n      }\n    }\n  }\n": typeof types.MajorEventsFederatedDocument,
    "\n        mutation MajorEventsCreateDenied($input: CreateMajorEventInput!) {\n          createMajorEvent(input: $input) {\n            id\n          }\n        }\n      ": typeof types.MajorEventsCreateDeniedDocument,
    "\n        mutation MajorEventsRoleDenied($input: AddMajorEventRoleInput!) {\n          addMajorEventRole(input: $input) {\n            id\n          }\n        }\n      ": typeof types.MajorEventsRoleDeniedDocument,
    "\n        query MajorEventsSessions($id: ID!) {\n          majorEvent(id: $id) {\n            trainingSessions {\n              attendeeCount\n              attendees {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.MajorEventsSessionsDocument,
    "\n        mutation MajorEventsApprove($id: ID!) {\n          approveTeamMember(memberId: $id) {\n            status\n          }\n        }\n      ": typeof types.MajorEventsApproveDocument,
    "\n    query MajorEventsPage($first: Int!) {\n      majorEvents(first: $first) {\n        edges {\n          node {\n            name\n            kind\n            startsOn\n            venue\n            hostOrganization {\n              name\n            }\n            needsRounds {\n              title\n              deadline\n              open\n            }\n            roles {\n              name\n              kind\n              places\n              selectedCount\n              requiredCourse\n            }\n            trainingSessions {\n              attendeeCount\n            }\n            shifts {\n              deployedCount\n            }\n            figures {\n              applicants\n              selected\n              trainedPersonTimes\n              deployedPersonTimes\n              hours\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.MajorEventsPageDocument,
    "\n  mutation MajorEventsCreate($input: CreateMajorEventInput!) {\n    createMajorEvent(input: $input) {\n      id\n      name\n      startsOn\n      district {\n        code\n      }\n      hostOrganization {\n        id\n      }\n    }\n  }\n": typeof types.MajorEventsCreateDocument,
    "\n  mutation MajorEventsAddRole($input: AddMajorEventRoleInput!) {\n    addMajorEventRole(input: $input) {\n      id\n      name\n      places\n      selectedCount\n      requiredCourse\n    }\n  }\n": typeof types.MajorEventsAddRoleDocument,
    "\n  mutation MajorEventsApply($input: ApplyToMajorEventRoleInput!) {\n    applyToMajorEventRole(input: $input) {\n      id\n      status\n      skills\n      languages\n      availability\n      volunteer {\n        id\n      }\n    }\n  }\n": typeof types.MajorEventsApplyDocument,
    "\n  mutation MajorEventsScreen($id: ID!, $decision: MajorEventDecision!, $reason: String) {\n    screenMajorEventApplication(applicationId: $id, decision: $decision, reason: $reason) {\n      id\n      status\n      reason\n      decidedAt\n      role {\n        selectedCount\n      }\n    }\n  }\n": typeof types.MajorEventsScreenDocument,
    "\n  mutation MajorEventsDeploy($shift: ID!, $volunteer: ID!) {\n    deployToMajorEventShift(shiftId: $shift, volunteerId: $volunteer) {\n      id\n      hours\n      shift {\n        deployedCount\n      }\n    }\n  }\n": typeof types.MajorEventsDeployDocument,
    "\n  mutation MajorEventsAddShift($input: AddMajorEventShiftInput!) {\n    addMajorEventShift(input: $input) {\n      id\n      places\n      deployedCount\n    }\n  }\n": typeof types.MajorEventsAddShiftDocument,
    "\n  query InboxMine($unreadOnly: Boolean, $first: Int, $after: String) {\n    myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          body\n          read\n          createdAt\n          readAt\n          project {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.InboxMineDocument,
    "\n  mutation InboxMark($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.InboxMarkDocument,
    "\n  mutation InboxMarkAll {\n    markAllNotificationsRead\n  }\n": typeof types.InboxMarkAllDocument,
    "\n  mutation InboxSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n": typeof types.InboxSignUpDocument,
    "\n        mutation InboxCancelProject($id: ID!) {\n          cancelProject(id: $id, reason: \"暴雨预警，活动取消\") {\n            status\n          }\n        }\n      ": typeof types.InboxCancelProjectDocument,
    "\n    query InboxMyData {\n      myPersonalData {\n        volunteerId\n        notifications\n      }\n    }\n  ": typeof types.InboxMyDataDocument,
    "\n  mutation DistrictAdminsAdd($d: ID!, $a: ID!) {\n    addDistrictAdmin(district: $d, accountId: $a) {\n      code\n      admins {\n        accountId\n      }\n    }\n  }\n": typeof types.DistrictAdminsAddDocument,
    "\n  mutation DistrictAdminsRemove($d: ID!, $a: ID!) {\n    removeDistrictAdmin(district: $d, accountId: $a) {\n      code\n      admins {\n        accountId\n      }\n    }\n  }\n": typeof types.DistrictAdminsRemoveDocument,
    "\n  query DistrictAdminsAdmins($d: ID!) {\n    district(code: $d) {\n      admins {\n        accountId\n        addedAt\n      }\n    }\n  }\n": typeof types.DistrictAdminsAdminsDocument,
    "\n  mutation DistrictAdminsVerify($id: ID!) {\n    verifyOrganization(id: $id) {\n      status\n    }\n  }\n": typeof types.DistrictAdminsVerifyDocument,
    "\n  query DistrictAdminsList {\n    volunteers(filter: { district: \"qionglai\" }, first: 5) {\n      totalCount\n    }\n  }\n": typeof types.DistrictAdminsListDocument,
    "\n  query DistrictAdminsRecord($id: ID!) {\n    volunteer(id: $id) {\n      profile {\n        idNumber\n      }\n      serviceRecords(first: 1) {\n        edges {\n          node {\n            hours\n          }\n        }\n      }\n    }\n  }\n": typeof types.DistrictAdminsRecordDocument,
    "\n  mutation DistrictAdminsUntag($p: ID!) {\n    qionglaiUntagProject(projectId: $p)\n  }\n": typeof types.DistrictAdminsUntagDocument,
    "\n        query DistrictAdminsDistricts {\n          districts {\n            code\n            admins {\n              accountId\n            }\n          }\n        }\n      ": typeof types.DistrictAdminsDistrictsDocument,
    "\n  mutation FlowCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n": typeof types.FlowCreateDocument,
    "\n  mutation FlowPublish($id: ID!) {\n    publishProject(id: $id) {\n      status\n    }\n  }\n": typeof types.FlowPublishDocument,
    "\n        mutation FlowVerifyOrganization($id: ID!) {\n          verifyOrganization(id: $id) {\n            status\n          }\n        }\n      ": typeof types.FlowVerifyOrganizationDocument,
    "\n        mutation FlowSuspendOrganization($id: ID!) {\n          suspendOrganization(id: $id, reason: \"投诉核查中\") {\n            status\n          }\n        }\n      ": typeof types.FlowSuspendOrganizationDocument,
    "\n      mutation FlowConvertNeed($id: ID!, $org: ID!) {\n        convertNeed(id: $id, organizationId: $org) {\n          status\n        }\n      }\n    ": typeof types.FlowConvertNeedDocument,
    "\n    query FlowNeedProject($id: ID!) {\n      need(id: $id) {\n        title\n        project {\n          id\n          status\n          title\n          organization {\n            name\n          }\n          need {\n            id\n          }\n        }\n      }\n    }\n  ": typeof types.FlowNeedProjectDocument,
    "\n  mutation Register($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      id\n      name\n      creditCode\n      status\n      verified\n      suspended\n      canPublish\n      district {\n        code\n        name\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation NeedsFile($input: FileNeedInput!) {\n    fileNeed(input: $input) {\n      id\n      title\n      status\n      categoryCode\n      categoryName\n      startsOn\n      endsOn\n      volunteersNeeded\n      address\n      district {\n        code\n        name\n      }\n      filedBy {\n        name\n      }\n    }\n  }\n": typeof types.NeedsFileDocument,
    "\n  mutation NeedsAccept($id: ID!) {\n    acceptNeed(id: $id) {\n      status\n      triagedAt\n    }\n  }\n": typeof types.NeedsAcceptDocument,
    "\n  mutation NeedsReject($id: ID!, $reason: String!) {\n    rejectNeed(id: $id, reason: $reason) {\n      status\n      rejectionReason\n    }\n  }\n": typeof types.NeedsRejectDocument,
    "\n  mutation NeedsConvert($id: ID!, $org: ID!) {\n    convertNeed(id: $id, organizationId: $org) {\n      status\n      convertedTo {\n        name\n      }\n    }\n  }\n": typeof types.NeedsConvertDocument,
    "\n          query NeedsNeeds {\n            needs(district: \"qingyang\", status: SUBMITTED, first: 50) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.NeedsNeedsDocument,
    "\n      query NeedsRejection($id: ID!) {\n        need(id: $id) {\n          status\n          rejectionReason\n        }\n      }\n    ": typeof types.NeedsRejectionDocument,
    "\n      query NeedsPage($after: String) {\n        needs(first: 2, after: $after) {\n          edges {\n            node {\n              id\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    ": typeof types.NeedsPageDocument,
    "\n  query Org($id: ID!) {\n    organization(id: $id) {\n      name\n      creditCode\n      type\n      address\n      contactName\n      contactPhone\n      status\n      verified\n      suspended\n      canPublish\n      suspensionReason\n      registeredAt\n      district {\n        code\n        name\n      }\n      teams {\n        name\n      }\n    }\n  }\n": typeof types.OrgDocument,
    "\n  query Admins($id: ID!) {\n    organization(id: $id) {\n      admins {\n        accountId\n        addedAt\n      }\n    }\n  }\n": typeof types.AdminsDocument,
    "\n      query OrganizationsQ($after: String, $district: ID) {\n        organizations(first: 4, after: $after, district: $district) {\n          edges {\n            node {\n              id\n              district {\n                code\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    ": typeof types.OrganizationsQDocument,
    "\n          query OrganizationsOrganizations {\n            organizations(first: 101) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": typeof types.OrganizationsOrganizationsDocument,
    "\n            query OrganizationsOrganizations2 {\n              organizations(district: \"atlantis\") {\n                edges {\n                  cursor\n                }\n              }\n            }\n          ": typeof types.OrganizationsOrganizations2Document,
    "\n          query OrganizationsMyOrganizations {\n            myOrganizations {\n              id\n            }\n          }\n        ": typeof types.OrganizationsMyOrganizationsDocument,
    "\n    mutation OrganizationsVerify($id: ID!) {\n      verifyOrganization(id: $id) {\n        status\n        verified\n        canPublish\n        verifiedAt\n      }\n    }\n  ": typeof types.OrganizationsVerifyDocument,
    "\n    mutation OrganizationsSuspend($id: ID!, $reason: String!) {\n      suspendOrganization(id: $id, reason: $reason) {\n        status\n        suspended\n        canPublish\n        suspensionReason\n      }\n    }\n  ": typeof types.OrganizationsSuspendDocument,
    "\n    mutation OrganizationsReactivate($id: ID!, $reason: String!) {\n      reactivateOrganization(id: $id, reason: $reason) {\n        status\n        canPublish\n        suspensionReason\n      }\n    }\n  ": typeof types.OrganizationsReactivateDocument,
    "\n    mutation OrganizationsUpdate($id: ID!, $input: UpdateOrganizationInput!) {\n      updateOrganization(id: $id, input: $input) {\n        name\n        contactPhone\n        district {\n          code\n        }\n      }\n    }\n  ": typeof types.OrganizationsUpdateDocument,
    "\n    mutation OrganizationsAdd($o: ID!, $a: ID!) {\n      addOrganizationAdmin(organizationId: $o, accountId: $a) {\n        admins {\n          accountId\n        }\n      }\n    }\n  ": typeof types.OrganizationsAddDocument,
    "\n    mutation OrganizationsRemove($o: ID!, $a: ID!) {\n      removeOrganizationAdmin(organizationId: $o, accountId: $a) {\n        admins {\n          accountId\n        }\n      }\n    }\n  ": typeof types.OrganizationsRemoveDocument,
    "\n            query OrganizationsProjectsPage($n: Int!) {\n              projects(first: $n) {\n                edges {\n                  node {\n                    organization {\n                      name\n                      creditCode\n                      contactPhone\n                      canPublish\n                      district {\n                        name\n                      }\n                      teams {\n                        name\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          ": typeof types.OrganizationsProjectsPageDocument,
    "\n  query TeamsMembers($id: ID!) {\n    team(id: $id) {\n      name\n      memberCount\n      members(first: 20) {\n        edges {\n          node {\n            id\n            role\n            status\n            note\n            volunteer {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamsMembersDocument,
    "\n  mutation TeamsApprove($id: ID!) {\n    approveTeamMember(memberId: $id) {\n      status\n      decidedAt\n      team {\n        memberCount\n      }\n    }\n  }\n": typeof types.TeamsApproveDocument,
    "\n  mutation TeamsDecline($id: ID!, $reason: String) {\n    declineTeamMember(memberId: $id, reason: $reason) {\n      status\n      declineReason\n    }\n  }\n": typeof types.TeamsDeclineDocument,
    "\n  mutation TeamsJoin($team: ID!, $note: String) {\n    joinTeam(teamId: $team, note: $note) {\n      id\n      status\n      role\n      note\n      volunteer {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.TeamsJoinDocument,
    "\n        query TeamsTeams {\n          teams(kind: PROFESSIONAL, first: 20) {\n            edges {\n              node {\n                name\n                specialty\n                memberCount\n                organization {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.TeamsTeamsDocument,
    "\n          query TeamsTeams2 {\n            teams(kind: FEATURED) {\n              edges {\n                node {\n                  kind\n                }\n              }\n            }\n          }\n        ": typeof types.TeamsTeams2Document,
    "\n          query TeamsOfOrganization($id: ID!) {\n            organization(id: $id) {\n              teams {\n                name\n              }\n            }\n          }\n        ": typeof types.TeamsOfOrganizationDocument,
    "\n          query TeamsMyMembership($id: ID!) {\n            team(id: $id) {\n              myMembership {\n                id\n                status\n              }\n            }\n          }\n        ": typeof types.TeamsMyMembershipDocument,
    "\n          query TeamsMyMembershipVolunteer($id: ID!) {\n            team(id: $id) {\n              myMembership {\n                volunteer {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.TeamsMyMembershipVolunteerDocument,
    "\n    mutation TeamsCreate($input: CreateTeamInput!) {\n      createTeam(input: $input) {\n        name\n        kind\n        organization {\n          name\n        }\n        memberCount\n        members {\n          edges {\n            node {\n              role\n              volunteer {\n                displayName\n              }\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.TeamsCreateDocument,
    "\n          query TeamsPageCost($n: Int!) {\n            teams(first: $n) {\n              edges {\n                node {\n                  name\n                  memberCount\n                  myMembership {\n                    id\n                  }\n                  organization {\n                    name\n                    district {\n                      name\n                    }\n                  }\n                  members(first: 5) {\n                    edges {\n                      node {\n                        role\n                        team {\n                          name\n                        }\n                      }\n                    }\n                    pageInfo {\n                      hasNextPage\n                    }\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.TeamsPageCostDocument,
    "\n    query TeamsMembersPage($id: ID!, $after: String) {\n      team(id: $id) {\n        members(first: 1, after: $after) {\n          edges {\n            node {\n              id\n              role\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  ": typeof types.TeamsMembersPageDocument,
    "\n  mutation AuditRegisterApp($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      app {\n        clientId\n      }\n    }\n  }\n": typeof types.AuditRegisterAppDocument,
    "\n  mutation AuditSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n      signedUpVia {\n        appId\n        name\n      }\n    }\n  }\n": typeof types.AuditSignUpDocument,
    "\n  mutation AuditCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      id\n      status\n      cancelledVia {\n        name\n      }\n    }\n  }\n": typeof types.AuditCancelDocument,
    "\n  query AuditMySignups {\n    mySignups(includeCancelled: true) {\n      id\n      signedUpVia {\n        appId\n        name\n      }\n      cancelledVia {\n        name\n      }\n    }\n  }\n": typeof types.AuditMySignupsDocument,
    "\n  query AuditNotifications {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          kind\n          body\n        }\n      }\n    }\n  }\n": typeof types.AuditNotificationsDocument,
    "\n  query AuditRoster($id: ID!) {\n    project(id: $id) {\n      shifts {\n        signups {\n          id\n          signedUpVia {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditRosterDocument,
    "\n  query AuditPartnerCalls($appId: String!, $from: String, $first: Int, $after: String) {\n    partnerCalls(appId: $appId, from: $from, first: $first, after: $after) {\n      edges {\n        node {\n          appId\n          accountId\n          operation\n          at\n          outcome\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditPartnerCallsDocument,
    "\n  query AuditGrants {\n    myAppGrants {\n      appId\n      appName\n      consent {\n        status\n        purposes\n      }\n    }\n  }\n": typeof types.AuditGrantsDocument,
    "\n  mutation AuditRevokeGrant($appId: String!) {\n    revokeAppGrant(appId: $appId) {\n      appId\n      consent {\n        status\n      }\n    }\n  }\n": typeof types.AuditRevokeGrantDocument,
    "\n  mutation AuditWithdraw($appId: String!) {\n    withdrawConsent(input: { recipient: APP, appId: $appId }) {\n      status\n    }\n  }\n": typeof types.AuditWithdrawDocument,
    "\n  query AuditMe {\n    me {\n      id\n    }\n  }\n": typeof types.AuditMeDocument,
    "\n  mutation CityTokenRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      app {\n        clientId\n      }\n    }\n  }\n": typeof types.CityTokenRegisterDocument,
    "\n  mutation CityTokenSuspend($clientId: String!) {\n    suspendPartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n": typeof types.CityTokenSuspendDocument,
    "\n  mutation CityTokenResume($clientId: String!) {\n    resumePartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n": typeof types.CityTokenResumeDocument,
    "\n  mutation CorsDocsRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      app {\n        clientId\n      }\n    }\n  }\n": typeof types.CorsDocsRegisterDocument,
    "\n  mutation CorsDocsAdd($clientId: String!, $documents: [PartnerAppDocumentInput!]!) {\n    addPartnerAppDocuments(clientId: $clientId, documents: $documents) {\n      clientId\n      documentIds\n    }\n  }\n": typeof types.CorsDocsAddDocument,
    "\n  mutation CorsDocsRemove($clientId: String!, $ids: [String!]!) {\n    removePartnerAppDocuments(clientId: $clientId, ids: $ids) {\n      documentIds\n    }\n  }\n": typeof types.CorsDocsRemoveDocument,
    "\n  mutation CorsDocsSuspend($clientId: String!) {\n    suspendPartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n": typeof types.CorsDocsSuspendDocument,
    "\n  mutation CorsDocsResume($clientId: String!) {\n    resumePartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n": typeof types.CorsDocsResumeDocument,
    "\n  mutation FlowRotate($clientId: String!) {\n    rotatePartnerAppSecret(clientId: $clientId) {\n      clientSecret\n      webhookSecret\n    }\n  }\n": typeof types.FlowRotateDocument,
    "\n  query FlowProjects {\n    projects(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.FlowProjectsDocument,
    "\n  mutation FlowSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n": typeof types.FlowSignUpDocument,
    "\n  mutation PartnerRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      app {\n        clientId\n        name\n        status\n        allowedScopes\n        redirectUris\n      }\n    }\n  }\n": typeof types.PartnerRegisterDocument,
    "\n  query PartnerApps {\n    partnerApps {\n      clientId\n      name\n      status\n      secretIssuedAt\n    }\n  }\n": typeof types.PartnerAppsDocument,
    "\n  mutation PartnerRotate($clientId: String!) {\n    rotatePartnerAppSecret(clientId: $clientId) {\n      clientSecret\n      app {\n        clientId\n      }\n    }\n  }\n": typeof types.PartnerRotateDocument,
    "\n  mutation PartnerSuspend($clientId: String!) {\n    suspendPartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n": typeof types.PartnerSuspendDocument,
    "\n  mutation PartnerResume($clientId: String!) {\n    resumePartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n": typeof types.PartnerResumeDocument,
    "\n  mutation PartnerRevoke($clientId: String!) {\n    revokePartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n": typeof types.PartnerRevokeDocument,
    "\n  query PartnerPublicProjects {\n    projects(first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.PartnerPublicProjectsDocument,
    "\n  mutation PartnerChildRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n": typeof types.PartnerChildRegisterDocument,
    "\n  query PartnerCitizen {\n    me {\n      id\n    }\n  }\n": typeof types.PartnerCitizenDocument,
    "\n  query PartnerCitizenConsents {\n    myConsents {\n      appId\n      status\n      purposes\n      kinds\n    }\n  }\n": typeof types.PartnerCitizenConsentsDocument,
    "\n  mutation QuotasRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      app {\n        clientId\n        quota {\n          requestsPerMinute\n          mutationsPerMinute\n          mutationsPerCitizenPerMinute\n        }\n      }\n    }\n  }\n": typeof types.QuotasRegisterDocument,
    "\n  mutation QuotasSet($clientId: String!, $quota: PartnerAppQuotaInput!) {\n    setPartnerAppQuota(clientId: $clientId, quota: $quota) {\n      clientId\n      quota {\n        requestsPerMinute\n        mutationsPerMinute\n        mutationsPerCitizenPerMinute\n      }\n    }\n  }\n": typeof types.QuotasSetDocument,
    "\n  mutation QuotasCitizenSignUp($shiftId: ID!) {\n    signUp(shiftId: $shiftId) {\n      status\n    }\n  }\n": typeof types.QuotasCitizenSignUpDocument,
    "\n  mutation WebhookRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      webhookSecret\n      app {\n        clientId\n        webhookUrl\n        webhookEvents\n      }\n    }\n  }\n": typeof types.WebhookRegisterDocument,
    "\n  mutation WebhookGrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.WebhookGrantConsentDocument,
    "\n  mutation WebhookWithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      status\n    }\n  }\n": typeof types.WebhookWithdrawConsentDocument,
    "\n  mutation WebhookSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n": typeof types.WebhookSignUpDocument,
    "\n  mutation WebhookCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      status\n    }\n  }\n": typeof types.WebhookCancelDocument,
    "\n  query WebhookDeliveries($clientId: String!) {\n    partnerAppWebhookDeliveries(clientId: $clientId) {\n      eventId\n      type\n      status\n      attempts\n      lastStatusCode\n      lastError\n      deliveredAt\n      nextAttemptAt\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  query RightsAccessLog($first: Int, $after: String) {\n    myAccessLog {\n      volunteerId\n      volunteers(first: $first, after: $after) {\n        entries {\n          at\n          callerKind\n          callerId\n          fields\n          operation\n        }\n        hasNextPage\n        endCursor\n      }\n      projects {\n        entries {\n          callerKind\n          callerId\n          fields\n          operation\n        }\n      }\n      pidu {\n        entries {\n          callerKind\n          callerId\n          fields\n          operation\n        }\n      }\n      xinjin {\n        entries {\n          callerKind\n        }\n      }\n    }\n  }\n": typeof types.RightsAccessLogDocument,
    "\n  query AdminLooksAtVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      profile {\n        realName\n        idNumber\n        phone\n      }\n      again: profile {\n        sex\n      }\n      serviceRecords(first: 5) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      pidu {\n        balance\n      }\n    }\n  }\n": typeof types.AdminLooksAtVolunteerDocument,
    "\n  query PublicLooksAtVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      displayName\n      district {\n        code\n      }\n      memberSince\n      profile {\n        realName\n      }\n      pidu {\n        balance\n      }\n    }\n  }\n": typeof types.PublicLooksAtVolunteerDocument,
    "\n  query PartnerReadsCitizen {\n    me {\n      profile {\n        realName\n      }\n    }\n    mySignups {\n      id\n    }\n  }\n": typeof types.PartnerReadsCitizenDocument,
    "\n  query OrganizerReadsRoster($id: ID!) {\n    project(id: $id) {\n      shifts {\n        signups {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OrganizerReadsRosterDocument,
    "\n  query RightsAccessLogCounts {\n    myAccessLog {\n      volunteers(first: 50) {\n        entries {\n          callerKind\n        }\n      }\n      pidu(first: 50) {\n        entries {\n          callerKind\n        }\n      }\n    }\n  }\n": typeof types.RightsAccessLogCountsDocument,
    "\n  mutation ConsentRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsentRegisterDocument,
    "\n  mutation ConsentGrant($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n      recipient\n      appId\n      purposes\n      kinds\n      status\n      grantedAt\n      grantedBy\n      guardianAgreedAt\n      endedAt\n      endedBy\n    }\n  }\n": typeof types.ConsentGrantDocument,
    "\n  mutation ConsentWithdraw($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      id\n      status\n      endedAt\n      endedBy\n    }\n  }\n": typeof types.ConsentWithdrawDocument,
    "\n  query ConsentHistory($volunteerId: ID) {\n    myConsents(volunteerId: $volunteerId) {\n      id\n      recipient\n      appId\n      purposes\n      kinds\n      status\n      grantedAt\n      grantedBy\n      guardianAgreedAt\n      endedAt\n      endedBy\n    }\n  }\n": typeof types.ConsentHistoryDocument,
    "\n  query ConsentProfile {\n    me {\n      profile {\n        realName\n        phone\n        idNumber\n        shareWithPartners\n      }\n    }\n  }\n": typeof types.ConsentProfileDocument,
    "\n  query ConsentActivity {\n    mySignups {\n      id\n    }\n  }\n": typeof types.ConsentActivityDocument,
    "\n  query ConsentRecords {\n    myServiceRecords(first: 5) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.ConsentRecordsDocument,
    "\n  query ConsentNotifications {\n    myNotifications {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ConsentNotificationsDocument,
    "\n  query ConsentFeedToken {\n    myCalendarFeedToken\n  }\n": typeof types.ConsentFeedTokenDocument,
    "\n  mutation ConsentSignUp($shiftId: ID!) {\n    signUp(shiftId: $shiftId) {\n      id\n      status\n    }\n  }\n": typeof types.ConsentSignUpDocument,
    "\n  mutation ConsentConfirmGuardian($id: ID!) {\n    confirmGuardianship(volunteerId: $id) {\n      id\n    }\n  }\n": typeof types.ConsentConfirmGuardianDocument,
    "\n  mutation ConsentAgree($id: ID!) {\n    agreeToConsent(id: $id) {\n      id\n      status\n      guardianAgreedAt\n    }\n  }\n": typeof types.ConsentAgreeDocument,
    "\n          mutation ConsentSwitchOn {\n            setPartnerSharing(allow: true) {\n              id\n            }\n          }\n        ": typeof types.ConsentSwitchOnDocument,
    "\n    query ConsentOrganizerContact($id: ID!) {\n      volunteer(id: $id) {\n        organizerContact {\n          realName\n          phone\n        }\n      }\n    }\n  ": typeof types.ConsentOrganizerContactDocument,
    "\n  query ConsentOwnGuardian {\n    me {\n      profile {\n        guardian {\n          phone\n        }\n      }\n    }\n  }\n": typeof types.ConsentOwnGuardianDocument,
    "\n    mutation ConsentNameGuardian($input: GuardianConsentInput!) {\n      nameGuardian(input: $input) {\n        id\n        profile {\n          guardian {\n            name\n            relation\n            phone\n          }\n        }\n      }\n    }\n  ": typeof types.ConsentNameGuardianDocument,
    "\n      query ConsentWards {\n        myWards {\n          id\n        }\n      }\n    ": typeof types.ConsentWardsDocument,
    "\n  mutation RightsRequestCorrection($input: RecordCorrectionInput!) {\n    requestRecordCorrection(input: $input) {\n      id\n      status\n      realName\n      idNumber\n      reason\n    }\n  }\n": typeof types.RightsRequestCorrectionDocument,
    "\n  mutation RightsDecideCorrection($id: ID!, $accept: Boolean!, $note: String!) {\n    decideRecordCorrection(id: $id, accept: $accept, note: $note) {\n      id\n      status\n      note\n      decidedAt\n    }\n  }\n": typeof types.RightsDecideCorrectionDocument,
    "\n  query RightsMyCorrections {\n    myRecordCorrections {\n      id\n      status\n      realName\n      idNumber\n      note\n      requestedAt\n      decidedAt\n    }\n    me {\n      displayName\n      profile {\n        realName\n        idNumber\n        sex\n        birthDate\n      }\n    }\n  }\n": typeof types.RightsMyCorrectionsDocument,
    "\n  query RightsPendingCorrections {\n    pendingRecordCorrections(first: 50) {\n      id\n      idNumber\n      realName\n      volunteer {\n        id\n      }\n    }\n  }\n": typeof types.RightsPendingCorrectionsDocument,
    "\n  mutation RightsEditProfile($input: UpdateVolunteerProfileInput!) {\n    updateVolunteerProfile(input: $input) {\n      district {\n        code\n      }\n      profile {\n        phone\n        skills\n        serviceCategories\n      }\n    }\n  }\n": typeof types.RightsEditProfileDocument,
    "\n  mutation RightsDeregister($confirmation: String!) {\n    deregister(confirmation: $confirmation) {\n      deregisteredAt\n    }\n  }\n": typeof types.RightsDeregisterDocument,
    "\n  query RightsDeregMe {\n    me {\n      id\n      displayName\n    }\n  }\n": typeof types.RightsDeregMeDocument,
    "\n  query RightsDeregMyData {\n    myPersonalData {\n      volunteerId\n      volunteers\n    }\n  }\n": typeof types.RightsDeregMyDataDocument,
    "\n  query RightsDeregMySignups {\n    mySignups(includeCancelled: true) {\n      id\n      status\n    }\n  }\n": typeof types.RightsDeregMySignupsDocument,
    "\n  query RightsDeregAdminView($id: ID!) {\n    volunteer(id: $id) {\n      id\n      profile {\n        realName\n      }\n    }\n    volunteers(filter: { district: \"pidu\" }, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RightsDeregAdminViewDocument,
    "\n  query RightsDeregProof {\n    me {\n      serviceProof {\n        code\n        holderName\n        confirmedHours\n      }\n    }\n  }\n": typeof types.RightsDeregProofDocument,
    "\n  query RightsDeregVerify($code: String!) {\n    verifyServiceProof(code: $code) {\n      code\n      holderName\n      confirmedHours\n      recordCount\n    }\n  }\n": typeof types.RightsDeregVerifyDocument,
    "\n  query RightsDeregFamily {\n    me {\n      pidu {\n        family {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.RightsDeregFamilyDocument,
    "\n        mutation RightsDeregJoinTeam($team: ID!) {\n          joinTeam(teamId: $team, note: \"周末有空，会急救\") {\n            id\n          }\n        }\n      ": typeof types.RightsDeregJoinTeamDocument,
    "\n        mutation RightsDeregDeclareFamily($relative: ID!) {\n          piduDeclareFamily(relativeVolunteerId: $relative, relation: SIBLING) {\n            id\n          }\n        }\n      ": typeof types.RightsDeregDeclareFamilyDocument,
    "\n        mutation RightsDeregPostNeed($input: WuhouPostNeedInput!) {\n          wuhouPostNeed(input: $input) {\n            id\n          }\n        }\n      ": typeof types.RightsDeregPostNeedDocument,
    "\n  query RightsDistrictData {\n    myPersonalData {\n      longquanyi\n      chenghua\n    }\n  }\n": typeof types.RightsDistrictDataDocument,
    "\n  query RightsLongquanyiLog {\n    myAccessLog {\n      longquanyi {\n        entries {\n          callerKind\n          fields\n        }\n      }\n    }\n  }\n": typeof types.RightsLongquanyiLogDocument,
    "\n  query RightsLongquanyiAdminRead($id: ID!) {\n    volunteer(id: $id) {\n      longquanyi {\n        points\n      }\n    }\n  }\n": typeof types.RightsLongquanyiAdminReadDocument,
    "\n  mutation RightsLongquanyiAward($input: LongquanyiAwardInput!) {\n    longquanyiAwardPoints(input: $input) {\n      id\n    }\n  }\n": typeof types.RightsLongquanyiAwardDocument,
    "\n  mutation RightsChenghuaCreate($name: String!) {\n    chenghuaCreateFamily(name: $name) {\n      id\n    }\n  }\n": typeof types.RightsChenghuaCreateDocument,
    "\n  mutation RightsChenghuaAdd($id: ID!) {\n    chenghuaAddMember(volunteerId: $id) {\n      status\n    }\n  }\n": typeof types.RightsChenghuaAddDocument,
    "\n  mutation RightsChenghuaAccept($id: ID!) {\n    chenghuaAcceptFamily(familyId: $id) {\n      status\n    }\n  }\n": typeof types.RightsChenghuaAcceptDocument,
    "\n  query RightsChenghuaFamily {\n    chenghua {\n      myFamily {\n        id\n        members {\n          role\n          status\n          volunteer {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.RightsChenghuaFamilyDocument,
    "\n  query RightsExportMajorEvents {\n    myPersonalData {\n      volunteerId\n      majorEvents\n    }\n  }\n": typeof types.RightsExportMajorEventsDocument,
    "\n        mutation RightsExportMajorEventSession($input: AddTrainingSessionInput!) {\n          addMajorEventTrainingSession(input: $input) {\n            id\n          }\n        }\n      ": typeof types.RightsExportMajorEventSessionDocument,
    "\n          mutation RightsExportMajorEventHours($id: ID!, $hours: Float!) {\n            recordMajorEventHours(deploymentId: $id, hours: $hours) {\n              id\n            }\n          }\n        ": typeof types.RightsExportMajorEventHoursDocument,
    "\n        mutation RightsExportMajorEventAttendance($session: ID!, $ids: [ID!]!) {\n          recordMajorEventAttendance(sessionId: $session, volunteerIds: $ids) {\n            attendeeCount\n          }\n        }\n      ": typeof types.RightsExportMajorEventAttendanceDocument,
    "\n  query RightsExport {\n    myPersonalData {\n      volunteerId\n      exportedAt\n      volunteers\n      projects\n      organizations\n      pidu\n      xinjin\n      wuhou\n      jinniu\n    }\n  }\n": typeof types.RightsExportDocument,
    "\n        mutation RightsExportJoinTeam($team: ID!, $note: String) {\n          joinTeam(teamId: $team, note: $note) {\n            id\n          }\n        }\n      ": typeof types.RightsExportJoinTeamDocument,
    "\n        mutation RightsExportPostNeed($input: WuhouPostNeedInput!) {\n          wuhouPostNeed(input: $input) {\n            id\n          }\n        }\n      ": typeof types.RightsExportPostNeedDocument,
    "\n        query RightsExportFeed {\n          myCalendarFeedToken\n        }\n      ": typeof types.RightsExportFeedDocument,
    "\n  mutation RightsRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n": typeof types.RightsRegisterDocument,
    "\n  mutation RightsGrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      status\n    }\n  }\n": typeof types.RightsGrantConsentDocument,
    "\n        mutation RightsCreateProject($input: ProjectInput!) {\n          createProject(input: $input) {\n            id\n          }\n        }\n      ": typeof types.RightsCreateProjectDocument,
    "\n        mutation RightsPublishProject($id: ID!) {\n          publishProject(id: $id) {\n            id\n            shifts {\n              id\n            }\n          }\n        }\n      ": typeof types.RightsPublishProjectDocument,
    "\n  mutation RightsSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n": typeof types.RightsSignUpDocument,
    "\n  query RightsShiftCounts($id: ID!) {\n    project(id: $id) {\n      shifts {\n        signedUpCount\n        waitlistCount\n        freePlaces\n      }\n    }\n  }\n": typeof types.RightsShiftCountsDocument,
    "\n  mutation PrivacyRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n      memberSince\n    }\n  }\n": typeof types.PrivacyRegisterDocument,
    "\n  mutation PrivacyGrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      status\n    }\n  }\n": typeof types.PrivacyGrantConsentDocument,
    "\n  mutation PrivacyWithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      status\n    }\n  }\n": typeof types.PrivacyWithdrawConsentDocument,
    "\n        mutation PrivacyConfirmGuardian($id: ID!) {\n          confirmGuardianship(volunteerId: $id) {\n            id\n          }\n        }\n      ": typeof types.PrivacyConfirmGuardianDocument,
    "\n  mutation PrivacySignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n    }\n  }\n": typeof types.PrivacySignUpDocument,
    "\n        mutation PrivacyCreateProject($input: ProjectInput!) {\n          createProject(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PrivacyCreateProjectDocument,
    "\n        mutation PrivacyPublishProject($id: ID!) {\n          publishProject(id: $id) {\n            id\n            shifts {\n              id\n            }\n          }\n        }\n      ": typeof types.PrivacyPublishProjectDocument,
    "\n          mutation PrivacyRecordTraining($input: RecordTrainingInput!) {\n            recordTraining(input: $input) {\n              id\n            }\n          }\n        ": typeof types.PrivacyRecordTrainingDocument,
    "\n          query PrivacyCalendarFeedToken {\n            myCalendarFeedToken\n          }\n        ": typeof types.PrivacyCalendarFeedTokenDocument,
    "\n          mutation PrivacyPostNeed($input: WuhouPostNeedInput!) {\n            wuhouPostNeed(input: $input) {\n              id\n            }\n          }\n        ": typeof types.PrivacyPostNeedDocument,
    "\n        query PrivacyShuangliuRota($post: ID!, $day: String!) {\n          shuangliu {\n            post(id: $post) {\n              rota(day: $day) {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.PrivacyShuangliuRotaDocument,
    "\n          mutation PrivacyJinniuJoin($input: JinniuStandbyInput!) {\n            jinniuJoinStandby(input: $input) {\n              skills\n            }\n          }\n        ": typeof types.PrivacyJinniuJoinDocument,
    "\n          mutation PrivacyShuangliuTake($slot: ID!) {\n            shuangliuTakeSlot(slotId: $slot) {\n              takenAt\n            }\n          }\n        ": typeof types.PrivacyShuangliuTakeDocument,
    "\n        mutation PrivacyChenghuaFamily($name: String!) {\n          chenghuaCreateFamily(name: $name) {\n            id\n          }\n        }\n      ": typeof types.PrivacyChenghuaFamilyDocument,
    "\n        mutation PrivacyChenghuaAddChild($id: ID!) {\n          chenghuaAddMember(volunteerId: $id) {\n            role\n          }\n        }\n      ": typeof types.PrivacyChenghuaAddChildDocument,
    "\n        mutation PrivacyMajorEventHours($id: ID!, $hours: Float!) {\n          recordMajorEventHours(deploymentId: $id, hours: $hours) {\n            id\n            hours\n          }\n        }\n      ": typeof types.PrivacyMajorEventHoursDocument,
    "\n        mutation PrivacyCancelProject($id: ID!) {\n          cancelProject(id: $id, reason: \"场地临时关闭\") {\n            id\n          }\n        }\n      ": typeof types.PrivacyCancelProjectDocument,
    "\n          query PrivacyAppCalendarFeedToken {\n            myCalendarFeedToken\n          }\n        ": typeof types.PrivacyAppCalendarFeedTokenDocument,
    "\n  mutation AdminClaimsCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n      shareCode\n    }\n  }\n": typeof types.AdminClaimsCreateDocument,
    "\n  mutation AdminClaimsPublish($id: ID!) {\n    publishProject(id: $id) {\n      status\n    }\n  }\n": typeof types.AdminClaimsPublishDocument,
    "\n  mutation AdminClaimsCancel($id: ID!) {\n    cancelProject(id: $id, reason: \"场地临时关闭\") {\n      status\n    }\n  }\n": typeof types.AdminClaimsCancelDocument,
    "\n  query AdminClaimsProject($id: ID!) {\n    project(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AdminClaimsProjectDocument,
    "\n  mutation AdminClaimsConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      status\n    }\n  }\n": typeof types.AdminClaimsConfirmDocument,
    "\n  mutation AdminClaimsAddAdmin($org: ID!, $acct: ID!) {\n    addOrganizationAdmin(organizationId: $org, accountId: $acct) {\n      id\n    }\n  }\n": typeof types.AdminClaimsAddAdminDocument,
    "\n  mutation AdminClaimsRemoveAdmin($org: ID!, $acct: ID!) {\n    removeOrganizationAdmin(organizationId: $org, accountId: $acct) {\n      id\n    }\n  }\n": typeof types.AdminClaimsRemoveAdminDocument,
    "\n        mutation AdminClaimsSignUp($s: ID!) {\n          signUp(shiftId: $s) {\n            id\n          }\n        }\n      ": typeof types.AdminClaimsSignUpDocument,
    "\n        mutation AdminClaimsCheckInVolunteer($id: ID!, $at: String) {\n          checkInVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      ": typeof types.AdminClaimsCheckInVolunteerDocument,
    "\n        mutation AdminClaimsCheckOutVolunteer($id: ID!, $at: String) {\n          checkOutVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      ": typeof types.AdminClaimsCheckOutVolunteerDocument,
    "\n          query AdminClaimsServiceRecordsToConfirm {\n            serviceRecordsToConfirm {\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        ": typeof types.AdminClaimsServiceRecordsToConfirmDocument,
    "\n    query AdminClaimsLists($org: ID!, $code: String!) {\n      projectByShareCode(code: $code) {\n        id\n      }\n      organization(id: $org) {\n        projects(first: 100) {\n          id\n        }\n      }\n      projects(filter: { status: CANCELLED }, first: 100) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  ": typeof types.AdminClaimsListsDocument,
    "\n    mutation AdminClaimsVerify($id: ID!) {\n      verifyOrganization(id: $id) {\n        status\n        verified\n      }\n    }\n  ": typeof types.AdminClaimsVerifyDocument,
    "\n    mutation AdminClaimsUpdate($id: ID!, $input: UpdateOrganizationInput!) {\n      updateOrganization(id: $id, input: $input) {\n        status\n        verified\n        canPublish\n        district {\n          code\n        }\n      }\n    }\n  ": typeof types.AdminClaimsUpdateDocument,
    "\n  mutation BulkAttendanceSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n    }\n  }\n": typeof types.BulkAttendanceSignUpDocument,
    "\n  fragment BulkAttendanceResult on AttendanceResult {\n    index\n    outcome\n    message\n    signup {\n      id\n      checkedInAt\n      checkedOutAt\n    }\n    volunteer {\n      id\n    }\n  }\n": typeof types.BulkAttendanceResultFragmentDoc,
    "\n  mutation BulkAttendanceIn($shift: ID!, $attendees: AttendeesInput!, $at: String) {\n    checkInVolunteers(shiftId: $shift, attendees: $attendees, at: $at) {\n      ...BulkAttendanceResult\n    }\n  }\n": typeof types.BulkAttendanceInDocument,
    "\n  mutation BulkAttendanceOut($shift: ID!, $attendees: AttendeesInput!, $at: String) {\n    checkOutVolunteers(shiftId: $shift, attendees: $attendees, at: $at) {\n      ...BulkAttendanceResult\n    }\n  }\n": typeof types.BulkAttendanceOutDocument,
    "\n    query BulkAttendanceMyCard {\n      me {\n        card {\n          verificationCode\n        }\n      }\n    }\n  ": typeof types.BulkAttendanceMyCardDocument,
    "\n  query CalendarShareGalleryCalendar($d: ID, $from: String!, $to: String!) {\n    calendar(district: $d, from: $from, to: $to) {\n      date\n      shiftCount\n      freePlaces\n      shifts {\n        startTime\n        endTime\n        project {\n          title\n          district {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.CalendarShareGalleryCalendarDocument,
    "\n        mutation CalendarShareGallerySignUp($s: ID!) {\n          signUp(shiftId: $s) {\n            id\n          }\n        }\n      ": typeof types.CalendarShareGallerySignUpDocument,
    "\n        query CalendarShareGalleryMyCalendar($from: String!, $to: String!) {\n          myCalendar(from: $from, to: $to) {\n            status\n            shift {\n              date\n              startTime\n            }\n            project {\n              title\n            }\n          }\n        }\n      ": typeof types.CalendarShareGalleryMyCalendarDocument,
    "\n        query CalendarShareGalleryMyCalendar2 {\n          myCalendar(from: \"2026-12-01\", to: \"2026-11-01\") {\n            id\n          }\n        }\n      ": typeof types.CalendarShareGalleryMyCalendar2Document,
    "\n    query CalendarShareGalleryOnCard($from: String!, $to: String!) {\n      volunteer(id: \"20000000-0000-4000-8000-000000000013\") {\n        calendar(from: $from, to: $to) {\n          shift {\n            date\n          }\n        }\n      }\n    }\n  ": typeof types.CalendarShareGalleryOnCardDocument,
    "\n    query CalendarShareGalleryToken {\n      myCalendarFeedToken\n    }\n  ": typeof types.CalendarShareGalleryTokenDocument,
    "\n    query CalendarShareGalleryFeed($t: String!) {\n      calendarFeed(token: $t) {\n        volunteer {\n          id\n        }\n        entries {\n          id\n          status\n          shift {\n            startsAt\n            endsAt\n          }\n          project {\n            title\n            description\n            address\n            shareCode\n            organization {\n              name\n            }\n            district {\n              name\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.CalendarShareGalleryFeedDocument,
    "\n        mutation CalendarShareGalleryRotateCalendarFeedToken {\n          rotateCalendarFeedToken\n        }\n      ": typeof types.CalendarShareGalleryRotateCalendarFeedTokenDocument,
    "\n        mutation CalendarShareGalleryRotateCalendarFeedToken2 {\n          rotateCalendarFeedToken\n        }\n      ": typeof types.CalendarShareGalleryRotateCalendarFeedToken2Document,
    "\n  query CalendarShareGalleryShare($c: String!) {\n    projectByShareCode(code: $c) {\n      id\n      title\n      description\n      coverImageUrl\n      startsOn\n      endsOn\n      shareCode\n      district {\n        name\n      }\n      organization {\n        name\n      }\n      shifts {\n        startsAt\n        endsAt\n      }\n      photos {\n        caption\n      }\n    }\n  }\n": typeof types.CalendarShareGalleryShareDocument,
    "\n    mutation CalendarShareGalleryAdd($p: ID!, $i: PhotoInput!) {\n      addProjectPhoto(projectId: $p, input: $i) {\n        id\n        caption\n        takenAt\n        takenBy\n        hidden\n        project {\n          id\n        }\n      }\n    }\n  ": typeof types.CalendarShareGalleryAddDocument,
    "\n    mutation CalendarShareGalleryHide($id: ID!, $h: Boolean!) {\n      setProjectPhotoHidden(id: $id, hidden: $h) {\n        hidden\n      }\n    }\n  ": typeof types.CalendarShareGalleryHideDocument,
    "\n    mutation CalendarShareGalleryCover($id: ID!, $c: ProjectChanges!) {\n      updateProject(id: $id, changes: $c) {\n        coverImageUrl\n      }\n    }\n  ": typeof types.CalendarShareGalleryCoverDocument,
    "\n    query CalendarShareGalleryQ {\n      districts {\n        code\n        projectCount\n        shiftCount\n        signupCount\n        confirmedHours\n      }\n    }\n  ": typeof types.CalendarShareGalleryQDocument,
    "\n          query CalendarShareGalleryOrganizations($first: Int) {\n            projects(first: $first) {\n              edges {\n                node {\n                  organization {\n                    projectCount\n                    projects(first: 3) {\n                      title\n                    }\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.CalendarShareGalleryOrganizationsDocument,
    "\n  query FindingSearch($f: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {\n    projects(filter: $f, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          startsOn\n          district {\n            code\n          }\n          organization {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FindingSearchDocument,
    "\n        mutation FindingCreateProject($i: ProjectInput!) {\n          createProject(input: $i) {\n            id\n          }\n        }\n      ": typeof types.FindingCreateProjectDocument,
    "\n          query FindingList($first: Int) {\n            projects(first: $first) {\n              edges {\n                node {\n                  title\n                  freePlaces\n                  organization {\n                    name\n                    verified\n                  }\n                  shifts {\n                    date\n                    startTime\n                    freePlaces\n                  }\n                  district {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.FindingListDocument,
    "\n    query FindingNear($f: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {\n      projects(filter: $f, sort: $sort, first: $first, after: $after) {\n        totalCount\n        edges {\n          distanceKm\n          node {\n            title\n            latitude\n            longitude\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.FindingNearDocument,
    "\n    mutation FindingSignUp($shift: ID!) {\n      signUp(shiftId: $shift) {\n        id\n        status\n      }\n    }\n  ": typeof types.FindingSignUpDocument,
    "\n        mutation FindingCancelSignup($id: ID!) {\n          cancelSignup(id: $id) {\n            id\n          }\n        }\n      ": typeof types.FindingCancelSignupDocument,
    "\n    query FindingDetail($id: ID!) {\n      project(id: $id) {\n        shifts {\n          id\n          mySignup {\n            id\n            status\n            waitlistPosition\n          }\n        }\n      }\n    }\n  ": typeof types.FindingDetailDocument,
    "\n    query FindingPage($id: ID!) {\n      project(id: $id) {\n        shifts {\n          id\n          mySignup {\n            id\n            status\n          }\n        }\n      }\n    }\n  ": typeof types.FindingPageDocument,
    "\n  fragment HelpersProjectFields on Project {\n    id\n    title\n    status\n    startsOn\n    endsOn\n    shareCode\n    freePlaces\n    shifts {\n      id\n      date\n      startTime\n      endTime\n      startsAt\n      endsAt\n      capacity\n      waitlistCapacity\n      signedUpCount\n      waitlistCount\n      freePlaces\n    }\n  }\n": typeof types.HelpersProjectFieldsFragmentDoc,
    "\n        mutation HelpersCreateProject($input: ProjectInput!) {\n          createProject(input: $input) {\n            id\n          }\n        }\n      ": typeof types.HelpersCreateProjectDocument,
    "\n        mutation HelpersPublishProject($id: ID!) {\n          publishProject(id: $id) {\n            ...HelpersProjectFields\n          }\n        }\n      ": typeof types.HelpersPublishProjectDocument,
    "\n    mutation HoursTotalsConfirm($ids: [ID!]!) {\n      confirmServiceRecords(ids: $ids) {\n        id\n        status\n      }\n    }\n  ": typeof types.HoursTotalsConfirmDocument,
    "\n          query HoursTotalsL($f: VolunteerFilter) {\n            volunteers(filter: $f, first: 100) {\n              edges {\n                node {\n                  id\n                  starLevel\n                  confirmedHours\n                }\n              }\n            }\n          }\n        ": typeof types.HoursTotalsLDocument,
    "\n  mutation HoursSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n    }\n  }\n": typeof types.HoursSignUpDocument,
    "\n  fragment HoursRecord on ServiceRecord {\n    id\n    servedOn\n    hours\n    status\n    confirmBy\n    overdue\n    checkedInAt\n    checkedOutAt\n    rejectReason\n    project {\n      id\n    }\n    volunteer {\n      id\n    }\n    corrections {\n      id\n      status\n      requestedHours\n      previousHours\n      response\n    }\n  }\n": typeof types.HoursRecordFragmentDoc,
    "\n  query HoursConfirmedHours($id: ID!) {\n    volunteer(id: $id) {\n      confirmedHours\n    }\n  }\n": typeof types.HoursConfirmedHoursDocument,
    "\n        mutation HoursCheckInVolunteer($id: ID!, $at: String) {\n          checkInVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      ": typeof types.HoursCheckInVolunteerDocument,
    "\n        mutation HoursCheckOutVolunteer($id: ID!, $at: String) {\n          checkOutVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      ": typeof types.HoursCheckOutVolunteerDocument,
    "\n    query HoursCode($id: ID!) {\n      project(id: $id) {\n        shifts {\n          checkInCode\n        }\n      }\n    }\n  ": typeof types.HoursCodeDocument,
    "\n    mutation HoursCheckIn($s: ID!, $c: String!) {\n      checkIn(shiftId: $s, code: $c) {\n        checkedInAt\n      }\n    }\n  ": typeof types.HoursCheckInDocument,
    "\n    mutation HoursCheckOut($s: ID!, $c: String!) {\n      checkOut(shiftId: $s, code: $c) {\n        checkedOutAt\n      }\n    }\n  ": typeof types.HoursCheckOutDocument,
    "\n        query HoursMyServiceRecords {\n          myServiceRecords {\n            edges {\n              node {\n                ...HoursRecord\n              }\n            }\n          }\n        }\n      ": typeof types.HoursMyServiceRecordsDocument,
    "\n    mutation HoursCheckInLocked($s: ID!, $c: String!) {\n      checkIn(shiftId: $s, code: $c) {\n        checkedInAt\n      }\n    }\n  ": typeof types.HoursCheckInLockedDocument,
    "\n    mutation HoursIn($id: ID!, $at: String) {\n      checkInVolunteer(signupId: $id, at: $at) {\n        checkedInAt\n      }\n    }\n  ": typeof types.HoursInDocument,
    "\n    mutation HoursOut($id: ID!, $at: String) {\n      checkOutVolunteer(signupId: $id, at: $at) {\n        checkedOutAt\n      }\n    }\n  ": typeof types.HoursOutDocument,
    "\n    query HoursToConfirm {\n      serviceRecordsToConfirm {\n        edges {\n          node {\n            ...HoursRecord\n          }\n        }\n      }\n    }\n  ": typeof types.HoursToConfirmDocument,
    "\n    mutation HoursConfirm($ids: [ID!]!) {\n      confirmServiceRecords(ids: $ids) {\n        id\n        status\n      }\n    }\n  ": typeof types.HoursConfirmDocument,
    "\n    mutation HoursOutLate($id: ID!, $at: String) {\n      checkOutVolunteer(signupId: $id, at: $at) {\n        checkedOutAt\n      }\n    }\n  ": typeof types.HoursOutLateDocument,
    "\n        query HoursServiceRecordsToConfirm {\n          serviceRecordsToConfirm(overdueOnly: true) {\n            edges {\n              node {\n                volunteer {\n                  id\n                }\n                overdue\n                confirmBy\n              }\n            }\n          }\n        }\n      ": typeof types.HoursServiceRecordsToConfirmDocument,
    "\n    mutation HoursAsk($r: ID!, $h: Float!, $why: String!) {\n      requestCorrection(recordId: $r, hours: $h, reason: $why) {\n        id\n        status\n        requestedHours\n        previousHours\n        record {\n          id\n        }\n      }\n    }\n  ": typeof types.HoursAskDocument,
    "\n    mutation HoursResolve($id: ID!, $ok: Boolean!, $why: String) {\n      resolveCorrection(id: $id, accept: $ok, reason: $why) {\n        status\n        response\n        record {\n          hours\n          status\n        }\n      }\n    }\n  ": typeof types.HoursResolveDocument,
    "\n        query HoursVolunteer($id: ID!) {\n          volunteer(id: $id) {\n            serviceRecords(first: 5) {\n              edges {\n                node {\n                  id\n                  hours\n                  corrections {\n                    status\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.HoursVolunteerDocument,
    "\n    query HoursVisibleRecords($id: ID!) {\n      volunteer(id: $id) {\n        serviceRecords(first: 3) {\n          edges {\n            node {\n              servedOn\n              hours\n              status\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    }\n  ": typeof types.HoursVisibleRecordsDocument,
    "\n          query HoursPublicSummary($id: ID!) {\n            volunteer(id: $id) {\n              confirmedHours\n              serviceSummary {\n                recordCount\n              }\n            }\n          }\n        ": typeof types.HoursPublicSummaryDocument,
    "\n    mutation HoursReject($id: ID!, $why: String!) {\n      rejectServiceRecord(id: $id, reason: $why) {\n        status\n        rejectReason\n      }\n    }\n  ": typeof types.HoursRejectDocument,
    "\n  mutation InsuranceOpenCampaign($input: CampaignInput!) {\n    openCampaign(input: $input) {\n      code\n    }\n  }\n": typeof types.InsuranceOpenCampaignDocument,
    "\n  mutation InsuranceCreateProgram($input: InsuranceProgramInput!) {\n    createInsuranceProgram(input: $input) {\n      id\n      prefix\n      quota\n      enrolled\n      remaining\n    }\n  }\n": typeof types.InsuranceCreateProgramDocument,
    "\n  query InsuranceProgram($id: ID!) {\n    insuranceProgram(id: $id) {\n      id\n      enrolled\n      remaining\n    }\n  }\n": typeof types.InsuranceProgramDocument,
    "\n  mutation InsuranceSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n": typeof types.InsuranceSignUpDocument,
    "\n  query InsuranceMyPolicies {\n    myInsurancePolicies {\n      policyNumber\n      insurer\n      cover\n      maxPayout\n      coversFrom\n      coversUntil\n      program {\n        id\n        name\n      }\n      project {\n        id\n      }\n    }\n  }\n": typeof types.InsuranceMyPoliciesDocument,
    "\n  query InsuranceVolunteerPolicies($id: ID!) {\n    volunteer(id: $id) {\n      insurancePolicies {\n        policyNumber\n      }\n    }\n  }\n": typeof types.InsuranceVolunteerPoliciesDocument,
    "\n    mutation InsuranceCreateRisky($input: ProjectInput!) {\n      createProject(input: $input) {\n        id\n      }\n    }\n  ": typeof types.InsuranceCreateRiskyDocument,
    "\n    mutation InsurancePublishRisky($id: ID!) {\n      publishProject(id: $id) {\n        id\n        status\n        insuranceProgram {\n          id\n        }\n        campaign {\n          code\n        }\n        shifts {\n          id\n          signedUpCount\n        }\n      }\n    }\n  ": typeof types.InsurancePublishRiskyDocument,
    "\n  query ConsoleInbox {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          kind\n          body\n          project {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleInboxDocument,
    "\n  query ConsoleProjects($status: ProjectStatus, $first: Int, $after: String) {\n    myOrganizationProjects(status: $status, first: $first, after: $after) {\n      totalCount\n      counts {\n        draft\n        published\n        closed\n        cancelled\n        total\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          shifts {\n            capacity\n            signedUpCount\n            waitlistCount\n            freePlaces\n            cancelledAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleProjectsDocument,
    "\n  mutation ConsoleCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleCreateDocument,
    "\n  mutation ConsoleSignUp($shiftId: ID!) {\n    signUp(shiftId: $shiftId) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleSignUpDocument,
    "\n  mutation ConsoleMoveShift($id: ID!, $input: ShiftTimesInput!) {\n    updateShiftTimes(id: $id, input: $input) {\n      id\n      date\n      startTime\n      endTime\n      signedUpCount\n    }\n  }\n": typeof types.ConsoleMoveShiftDocument,
    "\n  mutation ConsoleCancelShift($id: ID!, $reason: String!) {\n    cancelShift(id: $id, reason: $reason) {\n      id\n      cancelledAt\n      cancelReason\n      signedUpCount\n      waitlistCount\n      freePlaces\n    }\n  }\n": typeof types.ConsoleCancelShiftDocument,
    "\n  mutation ConsoleRemoveSignup($id: ID!, $reason: String!) {\n    removeSignup(signupId: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleRemoveSignupDocument,
    "\n  mutation ConsoleNoShow($id: ID!) {\n    markNoShow(signupId: $id) {\n      id\n      noShowAt\n    }\n  }\n": typeof types.ConsoleNoShowDocument,
    "\n      query ConsoleProject($id: ID!) {\n        project(id: $id) {\n          id\n        }\n      }\n    ": typeof types.ConsoleProjectDocument,
    "\n      query ConsoleOpenDraft($id: ID!) {\n        project(id: $id) {\n          status\n        }\n      }\n    ": typeof types.ConsoleOpenDraftDocument,
    "\n  mutation PublishingCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      ...HelpersProjectFields\n    }\n  }\n": typeof types.PublishingCreateDocument,
    "\n  mutation PublishingPublish($id: ID!) {\n    publishProject(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n": typeof types.PublishingPublishDocument,
    "\n  mutation PublishingSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n": typeof types.PublishingSignUpDocument,
    "\n  query PublishingProject($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      status\n      contactPhone\n      organization {\n        name\n      }\n      district {\n        name\n      }\n      category {\n        name\n      }\n      subcategory {\n        name\n      }\n    }\n  }\n": typeof types.PublishingProjectDocument,
    "\n        query PublishingServiceCategories {\n          serviceCategories {\n            code\n            name\n            subcategories {\n              code\n              name\n              categoryCode\n            }\n          }\n        }\n      ": typeof types.PublishingServiceCategoriesDocument,
    "\n          query PublishingProjectByShareCode($c: String!) {\n            projectByShareCode(code: $c) {\n              id\n            }\n          }\n        ": typeof types.PublishingProjectByShareCodeDocument,
    "\n          query PublishingProjectByShareCode2($c: String!) {\n            projectByShareCode(code: $c) {\n              id\n            }\n          }\n        ": typeof types.PublishingProjectByShareCode2Document,
    "\n    query PublishingPhone($id: ID!) {\n      project(id: $id) {\n        contactPhone\n      }\n    }\n  ": typeof types.PublishingPhoneDocument,
    "\n          mutation PublishingCancelSignup($id: ID!) {\n            cancelSignup(id: $id) {\n              id\n            }\n          }\n        ": typeof types.PublishingCancelSignupDocument,
    "\n          query PublishingProjects {\n            projects(first: 100) {\n              edges {\n                node {\n                  contactPhone\n                }\n              }\n            }\n          }\n        ": typeof types.PublishingProjectsDocument,
    "\n        mutation PublishingUpdateProject($id: ID!) {\n          updateProject(id: $id, changes: { title: \"被别人改掉的标题\" }) {\n            id\n          }\n        }\n      ": typeof types.PublishingUpdateProjectDocument,
    "\n    mutation PublishingUpdateInsurance($id: ID!, $c: ProjectChanges!) {\n      updateProject(id: $id, changes: $c) {\n        id\n        insurance {\n          insurer\n          coversUntil\n        }\n      }\n    }\n  ": typeof types.PublishingUpdateInsuranceDocument,
    "\n        query PublishingProject2($id: ID!) {\n          project(id: $id) {\n            riskLevel\n            insurance {\n              policyNumber\n            }\n          }\n        }\n      ": typeof types.PublishingProject2Document,
    "\n    mutation PublishingUpdate($id: ID!, $c: ProjectChanges!) {\n      updateProject(id: $id, changes: $c) {\n        id\n        title\n        endsOn\n      }\n    }\n  ": typeof types.PublishingUpdateDocument,
    "\n    mutation PublishingAdd($id: ID!, $s: ShiftInput!) {\n      addShift(projectId: $id, input: $s) {\n        date\n        startTime\n        capacity\n        project {\n          freePlaces\n          shifts {\n            id\n          }\n        }\n      }\n    }\n  ": typeof types.PublishingAddDocument,
    "\n    mutation PublishingClose($id: ID!) {\n      closeProject(id: $id) {\n        status\n      }\n    }\n  ": typeof types.PublishingCloseDocument,
    "\n        query PublishingProject3($id: ID!) {\n          project(id: $id) {\n            status\n            title\n            need {\n              id\n              project {\n                id\n              }\n            }\n            shifts {\n              capacity\n              startTime\n              endTime\n            }\n          }\n        }\n      ": typeof types.PublishingProject3Document,
    "\n  query NoticesInbox {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          kind\n          body\n          project {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.NoticesInboxDocument,
    "\n  mutation NoticesConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      id\n    }\n  }\n": typeof types.NoticesConfirmDocument,
    "\n  mutation NoticesReject($id: ID!, $reason: String!) {\n    rejectServiceRecord(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.NoticesRejectDocument,
    "\n  mutation NoticesAsk($r: ID!, $h: Float!, $why: String!) {\n    requestCorrection(recordId: $r, hours: $h, reason: $why) {\n      id\n    }\n  }\n": typeof types.NoticesAskDocument,
    "\n  mutation NoticesAnswer($id: ID!, $accept: Boolean!, $reason: String) {\n    resolveCorrection(id: $id, accept: $accept, reason: $reason) {\n      id\n    }\n  }\n": typeof types.NoticesAnswerDocument,
    "\n  query RecordsBatchingList($first: Int) {\n    volunteers(first: $first) {\n      edges {\n        node {\n          displayName\n          confirmedHours\n          serviceRecords(first: 3) {\n            edges {\n              node {\n                hours\n                servedOn\n                project {\n                  title\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecordsBatchingListDocument,
    "\n  mutation RemindersSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n": typeof types.RemindersSignUpDocument,
    "\n  mutation RemindersCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      status\n    }\n  }\n": typeof types.RemindersCancelDocument,
    "\n  query RemindersInbox {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          kind\n          body\n          project {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.RemindersInboxDocument,
    "\n    mutation RemindersMoveShift($id: ID!, $input: ShiftTimesInput!) {\n      updateShiftTimes(id: $id, input: $input) {\n        startTime\n      }\n    }\n  ": typeof types.RemindersMoveShiftDocument,
    "\n    mutation RemindersRecord($id: ID!, $in: String, $out: String) {\n      checkInVolunteer(signupId: $id, at: $in) {\n        id\n      }\n      checkOutVolunteer(signupId: $id, at: $out) {\n        id\n      }\n    }\n  ": typeof types.RemindersRecordDocument,
    "\n  mutation SignupSignUp($shift: ID!, $key: String) {\n    signUp(shiftId: $shift, idempotencyKey: $key) {\n      id\n      status\n      waitlistPosition\n      shift {\n        id\n        signedUpCount\n        waitlistCount\n        freePlaces\n      }\n      project {\n        id\n      }\n      volunteer {\n        id\n      }\n    }\n  }\n": typeof types.SignupSignUpDocument,
    "\n  mutation SignupCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      id\n      status\n      cancelledAt\n    }\n  }\n": typeof types.SignupCancelDocument,
    "\n    query SignupVolunteerSignups($id: ID!) {\n      volunteer(id: $id) {\n        signups {\n          id\n          status\n          project {\n            title\n          }\n          shift {\n            date\n            startTime\n          }\n        }\n      }\n    }\n  ": typeof types.SignupVolunteerSignupsDocument,
    "\n    query SignupWho($id: ID!) {\n      project(id: $id) {\n        shifts {\n          signups {\n            volunteer {\n              id\n            }\n            status\n          }\n        }\n      }\n    }\n  ": typeof types.SignupWhoDocument,
    "\n    query SignupMySignupsPromoted {\n      mySignups {\n        id\n        status\n        promotedAt\n        waitlistPosition\n      }\n    }\n  ": typeof types.SignupMySignupsPromotedDocument,
    "\n          query SignupMySignups {\n            mySignups(includeCancelled: true) {\n              id\n              status\n            }\n          }\n        ": typeof types.SignupMySignupsDocument,
    "\n        query SignupMyNotifications {\n          myNotifications {\n            edges {\n              node {\n                kind\n                body\n                project {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.SignupMyNotificationsDocument,
    "\n    mutation SignupClose($id: ID!) {\n      closeProject(id: $id) {\n        status\n      }\n    }\n  ": typeof types.SignupCloseDocument,
    "\n    mutation SignupCancelProject($id: ID!, $r: String!) {\n      cancelProject(id: $id, reason: $r) {\n        status\n        cancelReason\n        freePlaces\n      }\n    }\n  ": typeof types.SignupCancelProjectDocument,
    "\n          query SignupMyNotifications2 {\n            myNotifications {\n              edges {\n                node {\n                  kind\n                  body\n                }\n              }\n            }\n          }\n        ": typeof types.SignupMyNotifications2Document,
    "\n      mutation SignupCancelProject2($id: ID!) {\n        cancelProject(id: $id, reason: \"场地临时关闭\") {\n          status\n        }\n      }\n    ": typeof types.SignupCancelProject2Document,
    "\n    mutation SignupUpdate($id: ID!, $c: Int!, $w: Int) {\n      updateShift(id: $id, capacity: $c, waitlistCapacity: $w) {\n        capacity\n        waitlistCapacity\n        signedUpCount\n        waitlistCount\n      }\n    }\n  ": typeof types.SignupUpdateDocument,
    "\n            query SignupMyNotifications3 {\n              myNotifications {\n                edges {\n                  node {\n                    kind\n                  }\n                }\n              }\n            }\n          ": typeof types.SignupMyNotifications3Document,
    "\n          query SignupMySignups2 {\n            mySignups {\n              status\n              waitlistPosition\n            }\n          }\n        ": typeof types.SignupMySignups2Document,
    "\n  query AdminListL($filter: VolunteerFilter, $first: Int, $after: String) {\n    volunteers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          district {\n            code\n          }\n          memberSince\n          profile {\n            realName\n            idNumber\n            phone\n            skills\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminListLDocument,
    "\n    query AdminListL2($first: Int) {\n      volunteers(filter: { district: \"dongbu\" }, first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            displayName\n            memberSince\n            district {\n              name\n              volunteerCount\n            }\n            confirmedHours\n            starLevel\n            hoursToNextStar\n            points\n            badges {\n              code\n            }\n            card {\n              verificationCode\n              starLevel\n              badges {\n                name\n              }\n            }\n            serviceSummary {\n              recordCount\n              projectCount\n            }\n            profile {\n              realName\n              sex\n              birthDate\n              idNumber\n              phone\n              skills\n              serviceCategories\n              guardian {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.AdminListL2Document,
    "\n      query GrowthCardProofVolunteer {\n        volunteer(id: \"20000000-0000-4000-8000-000000000016\") {\n          confirmedHours\n          starLevel\n          points\n          badges {\n            code\n          }\n        }\n      }\n    ": typeof types.GrowthCardProofVolunteerDocument,
    "\n  query GrowthCardProofVerifyCard($code: String!) {\n    verifyVolunteerCard(code: $code) {\n      valid\n      displayName\n      starLevel\n      confirmedHours\n      issuedIn\n    }\n  }\n": typeof types.GrowthCardProofVerifyCardDocument,
    "\n        query GrowthCardProofMeCard {\n          me {\n            card {\n              verificationCode\n              displayName\n              starLevel\n              confirmedHours\n              memberSince\n              badges {\n                code\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.GrowthCardProofMeCardDocument,
    "\n        query GrowthCardProofVolunteerCard($id: ID!) {\n          volunteer(id: $id) {\n            card {\n              verificationCode\n            }\n          }\n        }\n      ": typeof types.GrowthCardProofVolunteerCardDocument,
    "\n  query GrowthCardProofMyProof {\n    me {\n      serviceProof {\n        code\n        holderName\n        confirmedHours\n        recordCount\n        projectCount\n        organizationCount\n        servedFrom\n        servedTo\n        issuedAt\n      }\n    }\n  }\n": typeof types.GrowthCardProofMyProofDocument,
    "\n      query GrowthCardProofVerifyProof($code: String!) {\n        verifyServiceProof(code: $code) {\n          code\n          holderName\n          confirmedHours\n          recordCount\n          projectCount\n          organizationCount\n          servedFrom\n          servedTo\n          issuedAt\n        }\n      }\n    ": typeof types.GrowthCardProofVerifyProofDocument,
    "\n          query GrowthCardProofVerifyServiceProof {\n            verifyServiceProof(code: \"SP0000000000\") {\n              code\n            }\n          }\n        ": typeof types.GrowthCardProofVerifyServiceProofDocument,
    "\n        mutation GrowthCardProofUpdateVolunteerProfile {\n          updateVolunteerProfile(input: { displayName: \"雨桐\" }) {\n            id\n          }\n        }\n      ": typeof types.GrowthCardProofUpdateVolunteerProfileDocument,
    "\n      query GrowthCardProofP($code: String!) {\n        verifyServiceProof(code: $code) {\n          holderName\n          confirmedHours\n        }\n      }\n    ": typeof types.GrowthCardProofPDocument,
    "\n    query GrowthCardProofVolunteerProof($id: ID!) {\n      volunteer(id: $id) {\n        displayName\n        serviceProof {\n          code\n        }\n      }\n    }\n  ": typeof types.GrowthCardProofVolunteerProofDocument,
    "\n        query GrowthCardProofMyProofLines {\n          me {\n            serviceProof {\n              code\n              confirmedHours\n              lines {\n                project {\n                  title\n                }\n                organization {\n                  name\n                }\n                hours\n                recordCount\n                servedFrom\n                servedTo\n              }\n            }\n          }\n        }\n      ": typeof types.GrowthCardProofMyProofLinesDocument,
    "\n      query GrowthCardProofVerifyProofLines($code: String!) {\n        verifyServiceProof(code: $code) {\n          code\n          confirmedHours\n          lines {\n            project {\n              title\n            }\n            organization {\n              name\n            }\n            hours\n            recordCount\n            servedFrom\n            servedTo\n          }\n        }\n      }\n    ": typeof types.GrowthCardProofVerifyProofLinesDocument,
    "\n      query GrowthCardProofPeekLines($id: ID!) {\n        volunteer(id: $id) {\n          serviceSummary {\n            lines {\n              projectId\n            }\n          }\n        }\n      }\n    ": typeof types.GrowthCardProofPeekLinesDocument,
    "\n              query GrowthCardProofP2($code: String!) {\n                verifyServiceProof(code: $code) {\n                  holderName\n                }\n              }\n            ": typeof types.GrowthCardProofP2Document,
    "\n  mutation RegistrationR($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n      displayName\n      district {\n        code\n      }\n      memberSince\n      starLevel\n      card {\n        verificationCode\n      }\n      profile {\n        realName\n        sex\n        birthDate\n        idNumber\n        phone\n        skills\n        serviceCategories\n        unmasked\n        shareWithPartners\n        guardian {\n          name\n          relation\n          phone\n        }\n      }\n    }\n  }\n": typeof types.RegistrationRDocument,
    "\n      mutation RegistrationUpdateVolunteerProfile {\n        updateVolunteerProfile(\n          input: {\n            displayName: \"宋同学\"\n            districtCode: \"pidu\"\n            phone: \"13512345678\"\n            skills: [\"摄影\"]\n            serviceCategories: [\"culture\"]\n          }\n        ) {\n          displayName\n          district {\n            code\n          }\n          profile {\n            phone\n            skills\n            serviceCategories\n            idNumber\n          }\n        }\n      }\n    ": typeof types.RegistrationUpdateVolunteerProfileDocument,
    "\n        mutation RegistrationUpdateVolunteerProfile2 {\n          updateVolunteerProfile(input: { phone: \"12345\" }) {\n            id\n          }\n        }\n      ": typeof types.RegistrationUpdateVolunteerProfile2Document,
    "\n      query RegistrationMaskedGuardian($id: ID!) {\n        volunteer(id: $id) {\n          profile {\n            guardian {\n              phone\n            }\n            idNumber\n          }\n        }\n      }\n    ": typeof types.RegistrationMaskedGuardianDocument,
    "\n      query RegistrationMe {\n        me {\n          id\n        }\n      }\n    ": typeof types.RegistrationMeDocument,
    "\n        mutation RegistrationUpdateVolunteerProfile3 {\n          updateVolunteerProfile(input: { displayName: \"x\" }) {\n            id\n          }\n        }\n      ": typeof types.RegistrationUpdateVolunteerProfile3Document,
    "\n        query SeedMe {\n          me {\n            displayName\n            memberSince\n            card {\n              verificationCode\n            }\n            profile {\n              realName\n              sex\n              birthDate\n              idNumber\n              phone\n              skills\n            }\n          }\n        }\n      ": typeof types.SeedMeDocument,
    "\n        mutation SeedUpdateVolunteerProfile {\n          updateVolunteerProfile(input: { phone: \"13600000010\" }) {\n            id\n          }\n        }\n      ": typeof types.SeedUpdateVolunteerProfileDocument,
    "\n  query SeedHistory {\n    volunteers(first: 20) {\n      edges {\n        node {\n          id\n          memberSince\n        }\n      }\n    }\n    projects(first: 20) {\n      edges {\n        node {\n          id\n          publishedAt\n          startsOn\n          endsOn\n          organization {\n            registeredAt\n            verifiedAt\n          }\n          shifts {\n            id\n            startsAt\n            freePlaces\n          }\n        }\n      }\n    }\n  }\n": typeof types.SeedHistoryDocument,
    "\n    mutation SeedSignUp($s: ID!) {\n      signUp(shiftId: $s) {\n        status\n      }\n    }\n  ": typeof types.SeedSignUpDocument,
    "\n  mutation TrainingRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n": typeof types.TrainingRegisterDocument,
    "\n  mutation TrainingCreateCourse($input: TrainingCourseInput!) {\n    createTrainingCourse(input: $input) {\n      code\n      name\n      studyHours\n      organizer\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.TrainingCreateCourseDocument,
    "\n  mutation TrainingRecord($input: RecordTrainingInput!) {\n    recordTraining(input: $input) {\n      id\n      course {\n        code\n        name\n      }\n      completedOn\n      studyHours\n      organizer\n      source\n    }\n  }\n": typeof types.TrainingRecordDocument,
    "\n  mutation TrainingWithdraw($id: ID!) {\n    withdrawTrainingRecord(id: $id) {\n      id\n      withdrawnAt\n    }\n  }\n": typeof types.TrainingWithdrawDocument,
    "\n  query TrainingMine {\n    me {\n      trainingRecords {\n        id\n        course {\n          code\n          name\n          content\n        }\n        completedOn\n        studyHours\n        organizer\n        source\n      }\n      trainingHours\n      serviceProof {\n        code\n        trainings {\n          courseCode\n          courseName\n          content\n          studyHours\n          organizer\n          completedOn\n        }\n        trainingHours\n      }\n    }\n  }\n": typeof types.TrainingMineDocument,
    "\n  mutation TrainingSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n": typeof types.TrainingSignUpDocument,
    "\n  mutation TrainingCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      status\n    }\n  }\n": typeof types.TrainingCancelDocument,
    "\n        query TrainingCatalogue {\n          trainingCourses {\n            code\n            name\n            studyHours\n            organizer\n            organization {\n              id\n            }\n          }\n        }\n      ": typeof types.TrainingCatalogueDocument,
    "\n        query TrainingVerifyProof($code: String!) {\n          verifyServiceProof(code: $code) {\n            trainings {\n              courseName\n              studyHours\n            }\n            trainingHours\n          }\n        }\n      ": typeof types.TrainingVerifyProofDocument,
    "\n        query TrainingOthers($id: ID!) {\n          volunteer(id: $id) {\n            trainingRecords {\n              id\n            }\n            trainingHours\n          }\n        }\n      ": typeof types.TrainingOthersDocument,
    "\n      mutation TrainingCreateBadProject($input: ProjectInput!) {\n        createProject(input: $input) {\n          id\n        }\n      }\n    ": typeof types.TrainingCreateBadProjectDocument,
    "\n        query TrainingProjectCourse($id: ID!) {\n          project(id: $id) {\n            requiredCourse {\n              code\n              name\n              studyHours\n            }\n          }\n        }\n      ": typeof types.TrainingProjectCourseDocument,
    "\n        query TrainingExport {\n          myPersonalData {\n            volunteers\n          }\n        }\n      ": typeof types.TrainingExportDocument,
    "\n    query TrainingProjectCourses($first: Int) {\n      projects(first: $first, filter: { keyword: \"培训要求项目\" }) {\n        edges {\n          node {\n            requiredCourse {\n              name\n              organizer\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.TrainingProjectCoursesDocument,
    "\n    query TrainingVolunteerRecords($first: Int) {\n      volunteers(first: $first) {\n        edges {\n          node {\n            trainingRecords {\n              course {\n                name\n              }\n            }\n            trainingHours\n          }\n        }\n      }\n    }\n  ": typeof types.TrainingVolunteerRecordsDocument,
    "\n  fragment VisibilityProfile on Volunteer {\n    profile {\n      realName\n      sex\n      birthDate\n      idNumber\n      phone\n      skills\n      serviceCategories\n      unmasked\n      shareWithPartners\n      consentedAt\n      guardian {\n        name\n        relation\n        phone\n      }\n    }\n  }\n": typeof types.VisibilityProfileFragmentDoc,
    "\n  fragment VisibilityPublic on Volunteer {\n    id\n    displayName\n    district {\n      code\n      name\n    }\n    memberSince\n    starLevel\n    confirmedHours\n    badges {\n      code\n      name\n    }\n    card {\n      verificationCode\n      displayName\n      memberSince\n      starLevel\n    }\n  }\n": typeof types.VisibilityPublicFragmentDoc,
    "\n  query VisibilityPublicVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VisibilityPublic\n      ...VisibilityProfile\n    }\n  }\n": typeof types.VisibilityPublicVolunteerDocument,
    "\n  query VisibilityMeProfile {\n    me {\n      ...VisibilityProfile\n    }\n  }\n": typeof types.VisibilityMeProfileDocument,
    "\n  query VisibilityMeNameProfile {\n    me {\n      displayName\n      ...VisibilityProfile\n    }\n  }\n": typeof types.VisibilityMeNameProfileDocument,
    "\n        query VisibilityMe {\n          me {\n            ...VisibilityPublic\n            ...VisibilityProfile\n          }\n        }\n      ": typeof types.VisibilityMeDocument,
    "\n          mutation VisibilityUpdateVolunteerProfile {\n            updateVolunteerProfile(input: { displayName: \"小太阳\" }) {\n              id\n            }\n          }\n        ": typeof types.VisibilityUpdateVolunteerProfileDocument,
    "\n          query VisibilityVolunteer {\n            volunteer(id: \"20000000-0000-4000-8000-000000000003\") {\n              displayName\n              card {\n                displayName\n              }\n            }\n          }\n        ": typeof types.VisibilityVolunteerDocument,
    "\n      query VisibilityChild($id: ID!) {\n        volunteer(id: $id) {\n          displayName\n          district {\n            code\n          }\n          memberSince\n          card {\n            displayName\n            memberSince\n          }\n          profile {\n            realName\n          }\n        }\n      }\n    ": typeof types.VisibilityChildDocument,
    "\n        mutation VisibilitySetPartnerSharing {\n          setPartnerSharing(allow: false) {\n            profile {\n              shareWithPartners\n            }\n          }\n        }\n      ": typeof types.VisibilitySetPartnerSharingDocument,
    "\n        mutation VisibilityGrantConsent {\n          grantConsent(\n            input: { recipient: APP, appId: \"tianfu-citizen-cloud\", purposes: [SHOW_MY_RECORDS], kinds: [PROFILE] }\n          ) {\n            id\n          }\n        }\n      ": typeof types.VisibilityGrantConsentDocument,
    "\n        mutation VisibilitySetPartnerSharing3 {\n          setPartnerSharing(allow: true) {\n            id\n          }\n        }\n      ": typeof types.VisibilitySetPartnerSharing3Document,
    "\n        mutation VisibilityUpdateVolunteerProfile2 {\n          updateVolunteerProfile(input: { displayName: \"改名\" }) {\n            id\n          }\n        }\n      ": typeof types.VisibilityUpdateVolunteerProfile2Document,
    "\n        mutation VisibilityPartnerGrantsItself {\n          grantConsent(\n            input: { recipient: APP, appId: \"tianfu-citizen-cloud\", purposes: [SIGN_UP_FOR_ME], kinds: [ACTIVITY] }\n          ) {\n            id\n          }\n        }\n      ": typeof types.VisibilityPartnerGrantsItselfDocument,
};
const documents: Documents = {
    "\n            mutation ProjectsSignUp($s: ID!) {\n              signUp(shiftId: $s) {\n                id\n              }\n            }\n          ": types.ProjectsSignUpDocument,
    "\n  mutation BreakdownRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n": types.BreakdownRegisterDocument,
    "\n  mutation BreakdownConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      id\n    }\n  }\n": types.BreakdownConfirmDocument,
    "\n  mutation BreakdownDeregister {\n    deregister(confirmation: \"DEREGISTER\") {\n      deregisteredAt\n    }\n  }\n": types.BreakdownDeregisterDocument,
    "\n  mutation CampaignsOpen($input: CampaignInput!) {\n    openCampaign(input: $input) {\n      code\n      name\n      startsOn\n      endsOn\n    }\n  }\n": types.CampaignsOpenDocument,
    "\n  query CampaignsOne($code: ID!) {\n    campaign(code: $code) {\n      code\n      districts {\n        district {\n          code\n        }\n        target {\n          personTimes\n          hours\n        }\n        personTimes {\n          value\n          suppressed\n        }\n        hours {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": types.CampaignsOneDocument,
    "\n  mutation CampaignsConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      id\n    }\n  }\n": types.CampaignsConfirmDocument,
    "\n  mutation CampaignsReject($id: ID!) {\n    rejectServiceRecord(id: $id, reason: \"未到岗\") {\n      id\n    }\n  }\n": types.CampaignsRejectDocument,
    "\n  mutation CampaignsUpdate($id: ID!, $changes: ProjectChanges!) {\n    updateProject(id: $id, changes: $changes) {\n      id\n      campaign {\n        code\n      }\n    }\n  }\n": types.CampaignsUpdateDocument,
    "\n    mutation CampaignsCreate($input: ProjectInput!) {\n      createProject(input: $input) {\n        id\n        campaign {\n          code\n          name\n        }\n      }\n    }\n  ": types.CampaignsCreateDocument,
    "\n    mutation CampaignsAsk($id: ID!) {\n      requestCorrection(recordId: $id, hours: 4, reason: \"实际服务4小时，签退时间记录有误\") {\n        id\n      }\n    }\n  ": types.CampaignsAskDocument,
    "\n    mutation CampaignsResolve($id: ID!) {\n      resolveCorrection(id: $id, accept: true) {\n        status\n      }\n    }\n  ": types.CampaignsResolveDocument,
    "\n    query CampaignsList {\n      campaigns {\n        code\n        name\n      }\n    }\n  ": types.CampaignsListDocument,
    "\n  query DistrictFiguresEverywhere($from: String, $to: String) {\n    statistics(from: $from, to: $to) {\n      pidu {\n        bookings {\n          value\n          suppressed\n        }\n      }\n      xinjin {\n        pointsIssued {\n          value\n          suppressed\n        }\n      }\n      wuhou {\n        honorHours {\n          value\n          suppressed\n        }\n      }\n      qionglai {\n        villages {\n          confirmedHours {\n            value\n            suppressed\n          }\n        }\n      }\n      districts {\n        scope\n        pidu {\n          bookings {\n            value\n            suppressed\n          }\n        }\n        xinjin {\n          pointsIssued {\n            value\n            suppressed\n          }\n        }\n        wuhou {\n          honorHours {\n            value\n            suppressed\n          }\n        }\n        qionglai {\n          villages {\n            confirmedHours {\n              value\n              suppressed\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DistrictFiguresEverywhereDocument,
    "\n    mutation PageOpenCampaign($input: CampaignInput!) {\n      openCampaign(input: $input) {\n        code\n      }\n    }\n  ": types.PageOpenCampaignDocument,
    "\n    mutation PageConfirm($ids: [ID!]!) {\n      confirmServiceRecords(ids: $ids) {\n        id\n      }\n    }\n  ": types.PageConfirmDocument,
    "\n  mutation DashboardConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      id\n    }\n  }\n": types.DashboardConfirmDocument,
    "\n  query DashboardWageRates($year: Int, $history: Boolean) {\n    wageRates(year: $year, history: $history) {\n      id\n      category {\n        code\n      }\n      year\n      ratePerHour\n      source\n      current\n    }\n  }\n": types.DashboardWageRatesDocument,
    "\n  mutation DashboardSetRate($input: WageRateInput!) {\n    setWageRate(input: $input) {\n      id\n      year\n      ratePerHour\n      current\n    }\n  }\n": types.DashboardSetRateDocument,
    "\n    mutation DashboardRegister($input: RegisterVolunteerInput!) {\n      registerVolunteer(input: $input) {\n        id\n      }\n    }\n  ": types.DashboardRegisterDocument,
    "\n    mutation DashboardSignUp($shift: ID!) {\n      signUp(shiftId: $shift) {\n        id\n      }\n    }\n  ": types.DashboardSignUpDocument,
    "\n    mutation DashboardCancel($id: ID!) {\n      cancelSignup(id: $id) {\n        status\n      }\n    }\n  ": types.DashboardCancelDocument,
    "\n    query DashboardOrganizations($district: ID, $first: Int) {\n      organizations(district: $district, first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      needs(first: $first) {\n        totalCount\n      }\n      teams(first: $first) {\n        totalCount\n      }\n    }\n  ": types.DashboardOrganizationsDocument,
    "\n  query TrafficFigures($from: String, $to: String) {\n    statistics(from: $from, to: $to) {\n      traffic {\n        requests\n        queries\n        mutations\n        refused\n        peakConcurrency\n        days {\n          day\n          requests\n          queries\n          mutations\n          refused\n          peakConcurrency\n        }\n      }\n    }\n  }\n": types.TrafficFiguresDocument,
    "\n  query DistrictTraffic($district: ID!) {\n    statistics(district: $district) {\n      scope\n      confirmedHours {\n        value\n      }\n      traffic {\n        requests\n      }\n    }\n  }\n": types.DistrictTrafficDocument,
    "\n  query TrafficCategories {\n    serviceCategories {\n      code\n    }\n  }\n": types.TrafficCategoriesDocument,
    "\n  mutation TrafficEditSkills($input: UpdateVolunteerProfileInput!) {\n    updateVolunteerProfile(input: $input) {\n      id\n    }\n  }\n": types.TrafficEditSkillsDocument,
    "\n  query ChenghuaMe {\n    me {\n      id\n      displayName\n      confirmedHours\n    }\n    chenghua {\n      myFamily {\n        id\n        name\n        hours\n        badge\n        members {\n          role\n          status\n          joinedOn\n          volunteer {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.ChenghuaMeDocument,
    "\n  mutation ChenghuaCreate($name: String!) {\n    chenghuaCreateFamily(name: $name) {\n      id\n      name\n    }\n  }\n": types.ChenghuaCreateDocument,
    "\n  mutation ChenghuaAdd($id: ID!) {\n    chenghuaAddMember(volunteerId: $id) {\n      role\n      status\n    }\n  }\n": types.ChenghuaAddDocument,
    "\n  mutation ChenghuaAccept($id: ID!) {\n    chenghuaAcceptFamily(familyId: $id) {\n      role\n      status\n    }\n  }\n": types.ChenghuaAcceptDocument,
    "\n          mutation ChenghuaRegisterMinor($input: RegisterVolunteerInput!) {\n            registerVolunteer(input: $input) {\n              id\n            }\n          }\n        ": types.ChenghuaRegisterMinorDocument,
    "\n  mutation ChenghuaMarkFamilyFriendly($project: ID!, $on: Boolean!) {\n    chenghuaMarkFamilyFriendly(projectId: $project, familyFriendly: $on) {\n      id\n      chenghua {\n        familyFriendly\n      }\n    }\n  }\n": types.ChenghuaMarkFamilyFriendlyDocument,
    "\n  mutation ChenghuaSignUpFamily($shift: ID!, $ids: [ID!]!) {\n    signUpFamily(shiftId: $shift, volunteerIds: $ids) {\n      id\n      status\n      volunteer {\n        id\n      }\n    }\n  }\n": types.ChenghuaSignUpFamilyDocument,
    "\n  query ChenghuaFamilyShift($id: ID!) {\n    project(id: $id) {\n      chenghua {\n        familyFriendly\n      }\n      shifts {\n        signedUpCount\n        waitlistCount\n        freePlaces\n        mySignup {\n          status\n        }\n      }\n    }\n  }\n": types.ChenghuaFamilyShiftDocument,
    "\n          mutation DistrictsRegister($input: RegisterVolunteerInput!) {\n            registerVolunteer(input: $input) {\n              id\n            }\n          }\n        ": types.DistrictsRegisterDocument,
    "\n  fragment JinniuAlertFields on JinniuAlert {\n    id\n    skill\n    place\n    startsAt\n    needed\n    status\n    offeredCount\n    acceptedCount\n    declinedCount\n    timeToFillMinutes\n    filledAt\n    cancelledAt\n  }\n": types.JinniuAlertFieldsFragmentDoc,
    "\n  mutation JinniuJoin($input: JinniuStandbyInput!) {\n    jinniuJoinStandby(input: $input) {\n      skills\n      availability {\n        weekday\n        from\n        to\n      }\n    }\n  }\n": types.JinniuJoinDocument,
    "\n  mutation JinniuLeave {\n    jinniuLeaveStandby\n  }\n": types.JinniuLeaveDocument,
    "\n  query JinniuMine {\n    jinniu {\n      myStandby {\n        skills\n        availability {\n          weekday\n          from\n          to\n        }\n      }\n    }\n  }\n": types.JinniuMineDocument,
    "\n  mutation JinniuRaise($input: JinniuAlertInput!) {\n    jinniuRaiseAlert(input: $input) {\n      ...JinniuAlertFields\n    }\n  }\n": types.JinniuRaiseDocument,
    "\n  mutation JinniuAccept($alertId: ID!) {\n    jinniuAcceptAlert(alertId: $alertId) {\n      status\n      answeredAt\n      alert {\n        id\n        status\n        acceptedCount\n      }\n    }\n  }\n": types.JinniuAcceptDocument,
    "\n  mutation JinniuDecline($alertId: ID!) {\n    jinniuDeclineAlert(alertId: $alertId) {\n      status\n    }\n  }\n": types.JinniuDeclineDocument,
    "\n  mutation JinniuCancel($alertId: ID!) {\n    jinniuCancelAlert(alertId: $alertId) {\n      ...JinniuAlertFields\n    }\n  }\n": types.JinniuCancelDocument,
    "\n  query JinniuAlert($id: ID!) {\n    jinniu {\n      alert(id: $id) {\n        ...JinniuAlertFields\n        myOffer {\n          status\n        }\n      }\n    }\n  }\n": types.JinniuAlertDocument,
    "\n  query JinniuOffers($status: JinniuOfferStatus, $first: Int, $after: String) {\n    jinniu {\n      myOffers(status: $status, first: $first, after: $after) {\n        edges {\n          node {\n            status\n            alert {\n              id\n              place\n              status\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.JinniuOffersDocument,
    "\n  query JinniuAlerts($first: Int, $after: String) {\n    jinniu {\n      alerts(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            offeredCount\n            acceptedCount\n            myOffer {\n              status\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.JinniuAlertsDocument,
    "\n        query JinniuMixed {\n          district(code: \"jinniu\") {\n            name\n            volunteerCount\n            projectCount\n            jinniu {\n              title\n              features\n            }\n          }\n          me {\n            displayName\n            district {\n              code\n            }\n          }\n          jinniu {\n            skills\n            myStandby {\n              skills\n            }\n            myOffers(first: 5) {\n              edges {\n                node {\n                  status\n                  alert {\n                    place\n                    needed\n                    acceptedCount\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.JinniuMixedDocument,
    "\n  query JinniuMyData {\n    myPersonalData {\n      volunteerId\n      jinniu\n    }\n  }\n": types.JinniuMyDataDocument,
    "\n  mutation JinniuDeregister {\n    deregister(confirmation: \"DEREGISTER\") {\n      deregisteredAt\n    }\n  }\n": types.JinniuDeregisterDocument,
    "\n  query LongquanyiStanding {\n    me {\n      id\n      displayName\n      confirmedHours\n      starLevel\n      longquanyi {\n        hours\n        points\n        awardedPoints\n        stars\n        title\n        nextLevel {\n          stars\n          hours\n          points\n        }\n        bankedHours\n        noShowsInYear\n        suspendedUntil\n      }\n    }\n  }\n": types.LongquanyiStandingDocument,
    "\n  mutation LongquanyiAward($input: LongquanyiAwardInput!) {\n    longquanyiAwardPoints(input: $input) {\n      id\n      points\n      volunteer {\n        id\n      }\n    }\n  }\n": types.LongquanyiAwardDocument,
    "\n  mutation LongquanyiCallIn($input: LongquanyiCallInInput!) {\n    longquanyiCallIn(input: $input) {\n      id\n      hours\n      service\n    }\n  }\n": types.LongquanyiCallInDocument,
    "\n      query LongquanyiLevels {\n        longquanyi {\n          levels {\n            stars\n            hours\n            points\n          }\n        }\n      }\n    ": types.LongquanyiLevelsDocument,
    "\n    query LongquanyiReadOther($id: ID!) {\n      volunteer(id: $id) {\n        longquanyi {\n          awardedPoints\n        }\n      }\n    }\n  ": types.LongquanyiReadOtherDocument,
    "\n    query LongquanyiCallIns($after: String) {\n      me {\n        longquanyi {\n          callIns(first: 5, after: $after) {\n            edges {\n              node {\n                id\n                hours\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      }\n    }\n  ": types.LongquanyiCallInsDocument,
    "\n        mutation LongquanyiSignUp($s: ID!) {\n          signUp(shiftId: $s) {\n            id\n          }\n        }\n      ": types.LongquanyiSignUpDocument,
    "\n    mutation LongquanyiMarkNoShow($id: ID!) {\n      markNoShow(signupId: $id) {\n        id\n        noShowAt\n      }\n    }\n  ": types.LongquanyiMarkNoShowDocument,
    "\n        mutation LongquanyiLateCheckIn($id: ID!, $at: String) {\n          checkInVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      ": types.LongquanyiLateCheckInDocument,
    "\n  fragment PiduTimeBankAccount on PiduVolunteer {\n    balance\n    held\n    cap\n    canSpend\n    uncreditedHours\n  }\n": types.PiduTimeBankAccountFragmentDoc,
    "\n      query PiduTimeBankMyAccount {\n        pidu {\n          myAccount {\n            ...PiduTimeBankAccount\n          }\n        }\n      }\n    ": types.PiduTimeBankMyAccountDocument,
    "\n      query PiduTimeBankMeAccount {\n        me {\n          displayName\n          starLevel\n          confirmedHours\n          pidu {\n            ...PiduTimeBankAccount\n            entries(first: 2) {\n              edges {\n                node {\n                  kind\n                  amount\n                  balanceAfter\n                  recordId\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.PiduTimeBankMeAccountDocument,
    "\n      query PiduTimeBankMe {\n        me {\n          starLevel\n          confirmedHours\n          pidu {\n            balance\n            uncreditedHours\n          }\n        }\n      }\n    ": types.PiduTimeBankMeDocument,
    "\n    query PiduTimeBankVolunteerBalance($id: ID!) {\n      volunteer(id: $id) {\n        displayName\n        pidu {\n          balance\n        }\n      }\n    }\n  ": types.PiduTimeBankVolunteerBalanceDocument,
    "\n        query PiduTimeBankPidu {\n          pidu {\n            myAccount {\n              entries(first: 2) {\n                edges {\n                  node {\n                    kind\n                    amount\n                    recordId\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.PiduTimeBankPiduDocument,
    "\n        mutation PiduTimeBankPiduGiveCredits($to: ID!, $a: Float!) {\n          piduGiveCredits(toVolunteerId: $to, amount: $a) {\n            balance\n          }\n        }\n      ": types.PiduTimeBankPiduGiveCreditsDocument,
    "\n          mutation PiduTimeBankPiduDeclareFamily($id: ID!) {\n            piduDeclareFamily(relativeVolunteerId: $id, relation: CHILD) {\n              id\n              status\n              relation\n              declaredBy {\n                id\n              }\n              relative {\n                id\n              }\n            }\n          }\n        ": types.PiduTimeBankPiduDeclareFamilyDocument,
    "\n      mutation PiduTimeBankAccept($id: ID!) {\n        piduAcceptFamily(linkId: $id) {\n          status\n          acceptedAt\n        }\n      }\n    ": types.PiduTimeBankAcceptDocument,
    "\n          mutation PiduTimeBankPiduDeclareFamily2($id: ID!) {\n            piduDeclareFamily(relativeVolunteerId: $id, relation: PARENT) {\n              id\n            }\n          }\n        ": types.PiduTimeBankPiduDeclareFamily2Document,
    "\n          mutation PiduTimeBankPiduGiveCredits2 {\n            piduGiveCredits(toVolunteerId: \"nope\", amount: 1) {\n              balance\n            }\n          }\n        ": types.PiduTimeBankPiduGiveCredits2Document,
    "\n            mutation PiduTimeBankPiduGiveCredits3($to: ID!) {\n              piduGiveCredits(toVolunteerId: $to, amount: 20) {\n                balance\n              }\n            }\n          ": types.PiduTimeBankPiduGiveCredits3Document,
    "\n    mutation PiduTimeBankBook($id: ID!) {\n      piduBookService(offerId: $id) {\n        id\n        status\n        credits\n        offer {\n          title\n        }\n        buyer {\n          id\n        }\n        provider {\n          id\n        }\n      }\n    }\n  ": types.PiduTimeBankBookDocument,
    "\n    mutation PiduTimeBankComplete($id: ID!) {\n      piduCompleteBooking(bookingId: $id) {\n        status\n        settledAt\n      }\n    }\n  ": types.PiduTimeBankCompleteDocument,
    "\n    mutation PiduTimeBankCancel($id: ID!) {\n      piduCancelBooking(bookingId: $id) {\n        status\n      }\n    }\n  ": types.PiduTimeBankCancelDocument,
    "\n          query PiduTimeBankPidu2 {\n            pidu {\n              offers(first: 3) {\n                edges {\n                  node {\n                    title\n                    credits\n                    place\n                    provider {\n                      displayName\n                    }\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": types.PiduTimeBankPidu2Document,
    "\n          query PiduTimeBankPidu3($after: String) {\n            pidu {\n              offers(first: 3, after: $after) {\n                edges {\n                  node {\n                    title\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        ": types.PiduTimeBankPidu3Document,
    "\n          query PiduTimeBankPidu4 {\n            pidu {\n              offers(first: 101) {\n                edges {\n                  cursor\n                }\n              }\n            }\n          }\n        ": types.PiduTimeBankPidu4Document,
    "\n      mutation PiduTimeBankPost($input: PiduOfferInput!) {\n        piduPostOffer(input: $input) {\n          id\n          title\n          status\n          provider {\n            id\n          }\n        }\n      }\n    ": types.PiduTimeBankPostDocument,
    "\n      mutation PiduTimeBankWithdraw($id: ID!) {\n        piduWithdrawOffer(offerId: $id) {\n          status\n        }\n      }\n    ": types.PiduTimeBankWithdrawDocument,
    "\n          query PiduTimeBankPidu5 {\n            pidu {\n              myBookings(role: BUYER, first: 100) {\n                edges {\n                  node {\n                    status\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        ": types.PiduTimeBankPidu5Document,
    "\n          query PiduTimeBankPidu6 {\n            pidu {\n              myBookings(role: PROVIDER, first: 50) {\n                edges {\n                  node {\n                    status\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        ": types.PiduTimeBankPidu6Document,
    "\n          query PiduTimeBankPidu7 {\n            pidu {\n              myBookings(role: BUYER, first: 100) {\n                edges {\n                  node {\n                    id\n                    status\n                  }\n                }\n              }\n            }\n          }\n        ": types.PiduTimeBankPidu7Document,
    "\n    query PiduTimeBankManyAccounts {\n      volunteers(first: 16) {\n        edges {\n          node {\n            displayName\n            starLevel\n            pidu {\n              balance\n              canSpend\n              uncreditedHours\n              family {\n                relation\n                relative {\n                  displayName\n                }\n              }\n              entries(first: 3) {\n                edges {\n                  node {\n                    kind\n                    amount\n                    counterpart {\n                      displayName\n                    }\n                    booking {\n                      status\n                      offer {\n                        title\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ": types.PiduTimeBankManyAccountsDocument,
    "\n    mutation PiduTimeBankGive($to: ID!, $a: Float!, $k: String) {\n      piduGiveCredits(toVolunteerId: $to, amount: $a, idempotencyKey: $k) {\n        balance\n      }\n    }\n  ": types.PiduTimeBankGiveDocument,
    "\n    mutation PiduTimeBankBookOnce($id: ID!, $k: String) {\n      piduBookService(offerId: $id, idempotencyKey: $k) {\n        id\n        status\n        credits\n      }\n    }\n  ": types.PiduTimeBankBookOnceDocument,
    "\n          mutation PiduTimeBankPiduDeclareFamily3($id: ID!) {\n            piduDeclareFamily(relativeVolunteerId: $id, relation: GRANDCHILD) {\n              id\n            }\n          }\n        ": types.PiduTimeBankPiduDeclareFamily3Document,
    "\n          mutation PiduTimeBankPiduAcceptFamily($id: ID!) {\n            piduAcceptFamily(linkId: $id) {\n              status\n            }\n          }\n        ": types.PiduTimeBankPiduAcceptFamilyDocument,
    "\n          mutation PiduTimeBankPiduCancelBooking($id: ID!) {\n            piduCancelBooking(bookingId: $id) {\n              status\n            }\n          }\n        ": types.PiduTimeBankPiduCancelBookingDocument,
    "\n    query PiduXinjinEventsAccounts {\n      pidu {\n        myAccount {\n          balance\n        }\n      }\n      xinjin {\n        myAccount {\n          points\n        }\n      }\n    }\n  ": types.PiduXinjinEventsAccountsDocument,
    "\n        mutation R($input: RegisterVolunteerInput!) {\n          registerVolunteer(input: $input) {\n            id\n          }\n        }\n      ": types.RDocument,
    "\n        mutation PiduXinjinEventsSignUp($s: ID!) {\n          signUp(shiftId: $s) {\n            id\n          }\n        }\n      ": types.PiduXinjinEventsSignUpDocument,
    "\n        mutation PiduXinjinEventsCheckInVolunteer($id: ID!, $at: String) {\n          checkInVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      ": types.PiduXinjinEventsCheckInVolunteerDocument,
    "\n        mutation PiduXinjinEventsCheckOutVolunteer($id: ID!, $at: String) {\n          checkOutVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      ": types.PiduXinjinEventsCheckOutVolunteerDocument,
    "\n        mutation PiduXinjinEventsConfirmServiceRecords($ids: [ID!]!) {\n          confirmServiceRecords(ids: $ids) {\n            status\n          }\n        }\n      ": types.PiduXinjinEventsConfirmServiceRecordsDocument,
    "\n      query PiduXinjinEventsMe {\n        me {\n          district {\n            name\n          }\n          confirmedHours\n          starLevel\n          points\n          pidu {\n            balance\n            canSpend\n            entries(first: 1) {\n              edges {\n                node {\n                  kind\n                  amount\n                  recordId\n                }\n              }\n            }\n          }\n          xinjin {\n            points\n            earnedPoints\n          }\n        }\n      }\n    ": types.PiduXinjinEventsMeDocument,
    "\n  query P($id: ID!) {\n    qionglai {\n      place(id: $id) {\n        name\n        town\n        kind\n        figures {\n          projectCount\n          confirmedHours\n          volunteerCount\n        }\n        projects(first: 5) {\n          edges {\n            node {\n              theme\n              project {\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PDocument,
    "\n  mutation T($input: QionglaiTagProjectInput!) {\n    qionglaiTagProject(input: $input) {\n      theme\n      place {\n        name\n      }\n      project {\n        id\n        title\n      }\n    }\n  }\n": types.TDocument,
    "\n  query S($id: ID!) {\n    project(id: $id) {\n      title\n      district {\n        code\n      }\n      qionglai {\n        theme\n        place {\n          name\n        }\n      }\n    }\n  }\n": types.SDocument,
    "\n        query Q($id: ID!) {\n          project(id: $id) {\n            title\n            organization {\n              name\n            }\n            district {\n              name\n              projectCount\n              qionglai {\n                title\n                features\n              }\n            }\n            qionglai {\n              theme\n              taggedAt\n              place {\n                name\n                town\n                figures {\n                  projectCount\n                  confirmedHours\n                  volunteerCount\n                }\n              }\n            }\n          }\n        }\n      ": types.QDocument,
    "\n    query QionglaiPlaces($first: Int, $after: String) {\n      qionglai {\n        places(first: $first, after: $after) {\n          edges {\n            node {\n              name\n              town\n              figures {\n                projectCount\n                confirmedHours\n              }\n              projects(first: 2) {\n                edges {\n                  node {\n                    theme\n                  }\n                }\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  ": types.QionglaiPlacesDocument,
    "\n        query QionglaiQionglai {\n          qionglai {\n            places(kind: COMMUNITY, first: 10) {\n              edges {\n                node {\n                  name\n                  kind\n                }\n              }\n            }\n          }\n        }\n      ": types.QionglaiQionglaiDocument,
    "\n    query QionglaiT($id: ID!, $theme: QionglaiTheme) {\n      qionglai {\n        place(id: $id) {\n          projects(theme: $theme, first: 5) {\n            edges {\n              node {\n                project {\n                  title\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ": types.QionglaiTDocument,
    "\n        mutation U($id: ID!) {\n          qionglaiUntagProject(projectId: $id)\n        }\n      ": types.UDocument,
    "\n    mutation QionglaiU($id: ID!) {\n      qionglaiUntagProject(projectId: $id)\n    }\n  ": types.QionglaiUDocument,
    "\n        mutation QionglaiRequestCorrection($id: ID!, $hours: Float!) {\n          requestCorrection(recordId: $id, hours: $hours, reason: \"下午提前离开，多记了两小时\") {\n            id\n          }\n        }\n      ": types.QionglaiRequestCorrectionDocument,
    "\n        mutation QionglaiR($id: ID!) {\n          resolveCorrection(id: $id, accept: true) {\n            status\n          }\n        }\n      ": types.QionglaiRDocument,
    "\n  fragment ShuangliuShiftFields on ShuangliuShift {\n    takenAt\n    checkedInAt\n    checkedOutAt\n    hours\n    slot {\n      id\n      taken\n      free\n      capacity\n    }\n  }\n": types.ShuangliuShiftFieldsFragmentDoc,
    "\n  mutation ShuangliuAddPost($input: ShuangliuPostInput!) {\n    shuangliuAddPost(input: $input) {\n      id\n      hub\n      name\n      active\n    }\n  }\n": types.ShuangliuAddPostDocument,
    "\n  mutation ShuangliuSetPost($postId: ID!, $active: Boolean!) {\n    shuangliuSetPostActive(postId: $postId, active: $active) {\n      id\n      active\n    }\n  }\n": types.ShuangliuSetPostDocument,
    "\n  mutation ShuangliuAddSlot($input: ShuangliuSlotInput!) {\n    shuangliuAddSlot(input: $input) {\n      id\n      day\n      startsAt\n      endsAt\n      capacity\n      taken\n      free\n    }\n  }\n": types.ShuangliuAddSlotDocument,
    "\n  mutation ShuangliuCapacity($slotId: ID!, $capacity: Int!) {\n    shuangliuSetSlotCapacity(slotId: $slotId, capacity: $capacity) {\n      capacity\n      taken\n    }\n  }\n": types.ShuangliuCapacityDocument,
    "\n  mutation ShuangliuTake($slotId: ID!) {\n    shuangliuTakeSlot(slotId: $slotId) {\n      ...ShuangliuShiftFields\n    }\n  }\n": types.ShuangliuTakeDocument,
    "\n  mutation ShuangliuRelease($slotId: ID!) {\n    shuangliuReleaseSlot(slotId: $slotId)\n  }\n": types.ShuangliuReleaseDocument,
    "\n  mutation ShuangliuCheckIn($slotId: ID!) {\n    shuangliuCheckIn(slotId: $slotId) {\n      ...ShuangliuShiftFields\n    }\n  }\n": types.ShuangliuCheckInDocument,
    "\n  mutation ShuangliuCheckOut($slotId: ID!) {\n    shuangliuCheckOut(slotId: $slotId) {\n      ...ShuangliuShiftFields\n    }\n  }\n": types.ShuangliuCheckOutDocument,
    "\n  query ShuangliuRota($postId: ID!, $day: String!) {\n    shuangliu {\n      post(id: $postId) {\n        name\n        hoursServed\n        shiftsServed\n        rota(day: $day) {\n          id\n          startsAt\n          capacity\n          taken\n          myShift {\n            takenAt\n          }\n        }\n      }\n    }\n  }\n": types.ShuangliuRotaDocument,
    "\n  query ShuangliuVolunteerHours($id: ID!) {\n    volunteer(id: $id) {\n      shuangliu {\n        hours\n        shifts\n      }\n    }\n  }\n": types.ShuangliuVolunteerHoursDocument,
    "\n        query ShuangliuMixed($day: String!) {\n          district(code: \"shuangliu\") {\n            name\n            organizationCount\n            shuangliu {\n              title\n              features\n            }\n          }\n          volunteer(id: \"20000000-0000-4000-8000-000000000010\") {\n            displayName\n            confirmedHours\n            shuangliu {\n              hours\n              shifts\n            }\n          }\n          shuangliu {\n            hubs {\n              name\n              figures {\n                activePosts\n                checkIns\n                volunteers\n                hoursServed\n              }\n              posts(first: 5) {\n                edges {\n                  node {\n                    name\n                    rota(day: $day) {\n                      startsAt\n                      free\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.ShuangliuMixedDocument,
    "\n        query ShuangliuMyShifts($first: Int, $after: String) {\n          shuangliu {\n            myShifts(first: $first, after: $after) {\n              edges {\n                node {\n                  hours\n                  slot {\n                    id\n                    post {\n                      name\n                    }\n                  }\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        }\n      ": types.ShuangliuMyShiftsDocument,
    "\n    query ShuangliuFigures($from: String, $to: String, $first: Int, $after: String, $day: String!) {\n      shuangliu {\n        hubs {\n          name\n          figures(from: $from, to: $to) {\n            slots\n            places\n            placesTaken\n            hoursServed\n          }\n          posts(first: $first, after: $after) {\n            edges {\n              node {\n                id\n                hoursServed\n                rota(day: $day) {\n                  id\n                  free\n                }\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      }\n    }\n  ": types.ShuangliuFiguresDocument,
    "\n  query ShuangliuMyData {\n    myPersonalData {\n      volunteerId\n      shuangliu\n    }\n  }\n": types.ShuangliuMyDataDocument,
    "\n  mutation ShuangliuDeregister {\n    deregister(confirmation: \"DEREGISTER\") {\n      deregisteredAt\n    }\n  }\n": types.ShuangliuDeregisterDocument,
    "\n  fragment WuhouNeedFields on WuhouNeed {\n    id\n    title\n    status\n    street\n    urgency\n    postedByMe\n    contact {\n      phone\n      addressDetail\n    }\n    taker {\n      id\n      displayName\n    }\n    honorHours\n    hidden\n    hiddenReason\n  }\n": types.WuhouNeedFieldsFragmentDoc,
    "\n  mutation WuhouPost($input: WuhouPostNeedInput!) {\n    wuhouPostNeed(input: $input) {\n      ...WuhouNeedFields\n    }\n  }\n": types.WuhouPostDocument,
    "\n  mutation WuhouTake($id: ID!) {\n    wuhouTakeNeed(id: $id) {\n      ...WuhouNeedFields\n    }\n  }\n": types.WuhouTakeDocument,
    "\n  mutation WuhouDone($id: ID!, $hours: Float) {\n    wuhouConfirmNeedDone(id: $id, hours: $hours) {\n      ...WuhouNeedFields\n    }\n  }\n": types.WuhouDoneDocument,
    "\n  mutation WuhouCancel($id: ID!) {\n    wuhouCancelNeed(id: $id) {\n      ...WuhouNeedFields\n    }\n  }\n": types.WuhouCancelDocument,
    "\n  mutation WuhouModerate($id: ID!, $hidden: Boolean!, $reason: String) {\n    wuhouModerateNeed(id: $id, hidden: $hidden, reason: $reason) {\n      ...WuhouNeedFields\n    }\n  }\n": types.WuhouModerateDocument,
    "\n  query WuhouNeed($id: ID!) {\n    wuhou {\n      need(id: $id) {\n        ...WuhouNeedFields\n      }\n    }\n  }\n": types.WuhouNeedDocument,
    "\n  query B($first: Int, $after: String, $street: String) {\n    wuhou {\n      needs(first: $first, after: $after, street: $street) {\n        edges {\n          node {\n            id\n            title\n            neededAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.BDocument,
    "\n  query H($id: ID!) {\n    volunteer(id: $id) {\n      displayName\n      confirmedHours\n      points\n      wuhou {\n        honorHours\n        completedNeedCount\n      }\n    }\n  }\n": types.HDocument,
    "\n        query WuhouQ($id: ID!) {\n          district(code: \"wuhou\") {\n            name\n            projectCount\n            wuhou {\n              title\n              features\n            }\n          }\n          volunteer(id: $id) {\n            displayName\n            starLevel\n            confirmedHours\n            wuhou {\n              honorHours\n              completedNeedCount\n            }\n          }\n          wuhou {\n            streets\n            needs(first: 10) {\n              edges {\n                node {\n                  title\n                  street\n                  community\n                  urgency\n                  neededAt\n                  contact {\n                    phone\n                  }\n                  taker {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.WuhouQDocument,
    "\n        query WuhouWuhou {\n          wuhou {\n            myTakenNeeds(first: 5) {\n              edges {\n                node {\n                  id\n                  status\n                }\n              }\n            }\n          }\n        }\n      ": types.WuhouWuhouDocument,
    "\n    query WuhouAdminBoard {\n      wuhou {\n        needs(includeHidden: true, first: 100) {\n          edges {\n            node {\n              id\n              hidden\n            }\n          }\n        }\n      }\n    }\n  ": types.WuhouAdminBoardDocument,
    "\n          query WuhouWuhou2 {\n            wuhou {\n              myNeeds(first: 3) {\n                edges {\n                  node {\n                    title\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        ": types.WuhouWuhou2Document,
    "\n    query V($first: Int) {\n      volunteers(first: $first) {\n        edges {\n          node {\n            displayName\n            wuhou {\n              honorHours\n            }\n          }\n        }\n      }\n    }\n  ": types.VDocument,
    "\n          mutation WuhouR($input: RegisterVolunteerInput!) {\n            registerVolunteer(input: $input) {\n              id\n            }\n          }\n        ": types.WuhouRDocument,
    "\n  mutation XinjinPointsMallRedeem($id: ID!) {\n    xinjinRedeemReward(rewardId: $id) {\n      id\n      code\n      points\n      status\n      reward {\n        title\n        stock\n      }\n      volunteer {\n        id\n      }\n    }\n  }\n": types.XinjinPointsMallRedeemDocument,
    "\n  mutation XinjinPointsMallUse($code: String!) {\n    xinjinUseRedemption(code: $code) {\n      status\n      usedAt\n      reward {\n        title\n      }\n    }\n  }\n": types.XinjinPointsMallUseDocument,
    "\n  mutation XinjinPointsMallCreate($input: XinjinRewardInput!) {\n    xinjinCreateReward(input: $input) {\n      id\n      title\n      stock\n      pointsCost\n      status\n      merchantAccount\n    }\n  }\n": types.XinjinPointsMallCreateDocument,
    "\n        query XinjinPointsMallXinjin {\n          xinjin {\n            myAccount {\n              points\n              earnedPoints\n            }\n          }\n        }\n      ": types.XinjinPointsMallXinjinDocument,
    "\n      query XinjinPointsMallMe {\n        me {\n          displayName\n          starLevel\n          confirmedHours\n          points\n          xinjin {\n            points\n            earnedPoints\n            redemptions(first: 5) {\n              edges {\n                cursor\n              }\n            }\n          }\n        }\n      }\n    ": types.XinjinPointsMallMeDocument,
    "\n    query XinjinPointsVolunteerPoints($id: ID!) {\n      volunteer(id: $id) {\n        xinjin {\n          points\n        }\n      }\n    }\n  ": types.XinjinPointsVolunteerPointsDocument,
    "\n      mutation XinjinPointsMallRestock($id: ID!, $q: Int!) {\n        xinjinRestockReward(rewardId: $id, quantity: $q) {\n          stock\n        }\n      }\n    ": types.XinjinPointsMallRestockDocument,
    "\n      mutation XinjinPointsMallRetire($id: ID!) {\n        xinjinRetireReward(rewardId: $id) {\n          status\n        }\n      }\n    ": types.XinjinPointsMallRetireDocument,
    "\n            query XinjinPointsMallXinjin2 {\n              xinjin {\n                rewards(first: 50, includeRetired: true) {\n                  edges {\n                    node {\n                      id\n                      merchantAccount\n                    }\n                  }\n                }\n              }\n            }\n          ": types.XinjinPointsMallXinjin2Document,
    "\n          query XinjinPointsMallXinjin3 {\n            xinjin {\n              rewards(first: 3) {\n                edges {\n                  node {\n                    title\n                    merchantName\n                    pointsCost\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        ": types.XinjinPointsMallXinjin3Document,
    "\n          query XinjinPointsMallXinjin4($a: String) {\n            xinjin {\n              rewards(first: 3, after: $a) {\n                edges {\n                  node {\n                    title\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        ": types.XinjinPointsMallXinjin4Document,
    "\n          query XinjinPointsMallXinjin5 {\n            xinjin {\n              rewards(first: 0) {\n                edges {\n                  cursor\n                }\n              }\n            }\n          }\n        ": types.XinjinPointsMallXinjin5Document,
    "\n          query XinjinPointsMallXinjin6 {\n            xinjin {\n              rewards(first: 5, after: \"garbage\") {\n                edges {\n                  cursor\n                }\n              }\n            }\n          }\n        ": types.XinjinPointsMallXinjin6Document,
    "\n          query XinjinPointsMallMe2 {\n            me {\n              xinjin {\n                redemptions(first: 3) {\n                  edges {\n                    node {\n                      code\n                      points\n                      status\n                      reward {\n                        title\n                      }\n                    }\n                  }\n                  pageInfo {\n                    hasNextPage\n                    endCursor\n                  }\n                }\n              }\n            }\n          }\n        ": types.XinjinPointsMallMe2Document,
    "\n          query XinjinPointsMallMe3($a: String) {\n            me {\n              xinjin {\n                redemptions(first: 3, after: $a) {\n                  edges {\n                    node {\n                      code\n                    }\n                  }\n                  pageInfo {\n                    hasNextPage\n                  }\n                }\n              }\n            }\n          }\n        ": types.XinjinPointsMallMe3Document,
    "\n      query XinjinPointsMallCheck($code: String!) {\n        xinjin {\n          checkRedemption(code: $code) {\n            status\n            points\n            reward {\n              title\n            }\n            volunteer {\n              displayName\n            }\n          }\n        }\n      }\n    ": types.XinjinPointsMallCheckDocument,
    "\n    query XinjinPointsManyVolunteers {\n      volunteers(first: 16) {\n        edges {\n          node {\n            displayName\n            points\n            xinjin {\n              points\n              earnedPoints\n              redemptions(first: 2) {\n                edges {\n                  node {\n                    code\n                    reward {\n                      title\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ": types.XinjinPointsManyVolunteersDocument,
    "\n      query CityQueryProjects {\n        projects(first: 3) {\n          edges {\n            node {\n              title\n              organization {\n                name\n                verified\n                projectCount\n              }\n              district {\n                name\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    ": types.CityQueryProjectsDocument,
    "\n      query CityQueryVolunteer {\n        volunteer(id: \"20000000-0000-4000-8000-000000000002\") {\n          displayName\n          district {\n            name\n          }\n          confirmedHours\n          serviceSummary {\n            recordCount\n            projectCount\n            organizationCount\n            firstServedOn\n          }\n        }\n      }\n    ": types.CityQueryVolunteerDocument,
    "\n      query CityQueryVolunteer2 {\n        volunteer(id: \"1 OR 1=1\") {\n          displayName\n        }\n      }\n    ": types.CityQueryVolunteer2Document,
    "\n      query CityQueryVolunteer3 {\n        volunteer(id: \"20000000-0000-4000-8000-00000000ffff\") {\n          displayName\n        }\n      }\n    ": types.CityQueryVolunteer3Document,
    "\n          query CityQueryPage($first: Int) {\n            projects(first: $first) {\n              edges {\n                node {\n                  title\n                  organization {\n                    name\n                    projectCount\n                  }\n                  district {\n                    name\n                    organizationCount\n                    volunteerCount\n                    projectCount\n                  }\n                }\n              }\n            }\n          }\n        ": types.CityQueryPageDocument,
    "\n        query EventsFlowProjects {\n          projects(first: 20) {\n            edges {\n              node {\n                title\n                shifts {\n                  id\n                  startsAt\n                  freePlaces\n                }\n              }\n            }\n          }\n        }\n      ": types.EventsFlowProjectsDocument,
    "\n          mutation EventsFlowS($id: ID!) {\n            signUp(shiftId: $id) {\n              status\n              shift {\n                id\n              }\n            }\n          }\n        ": types.EventsFlowSDocument,
    "\n          mutation EventsFlowR($input: RegisterVolunteerInput!) {\n            registerVolunteer(input: $input) {\n              id\n            }\n          }\n        ": types.EventsFlowRDocument,
    "\n          query L($f: VolunteerFilter) {\n            volunteers(filter: $f, first: 50) {\n              edges {\n                node {\n                  displayName\n                  confirmedHours\n                  starLevel\n                }\n              }\n            }\n          }\n        ": types.LDocument,
    "\n  query IdentityMe {\n    me {\n      displayName\n    }\n  }\n": types.IdentityMeDocument,
    "\n            query IdentityDistrict {\n              district(code: \"pidu\") {\n                name\n              }\n            }\n          ": types.IdentityDistrictDocument,
    "\n        query IdentityVolunteer {\n          volunteer(id: \"20000000-0000-4000-8000-000000000001\") {\n            displayName\n          }\n        }\n      ": types.IdentityVolunteerDocument,
    "\n        mutation NotifyVerify($id: ID!) {\n          verifyOrganization(id: $id) {\n            status\n          }\n        }\n      ": types.NotifyVerifyDocument,
    "\n        mutation NotifySuspend($id: ID!, $reason: String!) {\n          suspendOrganization(id: $id, reason: $reason) {\n            status\n          }\n        }\n      ": types.NotifySuspendDocument,
    "\n        mutation NotifyApprove($id: ID!) {\n          approveTeamMember(memberId: $id) {\n            status\n          }\n        }\n      ": types.NotifyApproveDocument,
    "\n        mutation NotifyJoin($team: ID!) {\n          joinTeam(teamId: $team) {\n            id\n          }\n        }\n      ": types.NotifyJoinDocument,
    "\n        mutation NotifyDecline($id: ID!) {\n          declineTeamMember(memberId: $id, reason: \"本期队伍已满员\") {\n            status\n          }\n        }\n      ": types.NotifyDeclineDocument,
    "\n    query NotifyMe {\n      me {\n        id\n      }\n    }\n  ": types.NotifyMeDocument,
    "\n        mutation NotifyFound {\n          chenghuaCreateFamily(name: \"蓉城一家\") {\n            id\n          }\n        }\n      ": types.NotifyFoundDocument,
    "\n    mutation NotifyAddMember($id: ID!) {\n      chenghuaAddMember(volunteerId: $id) {\n        status\n      }\n    }\n  ": types.NotifyAddMemberDocument,
    "\n    mutation NotifyBook($id: ID!, $key: String) {\n      piduBookService(offerId: $id, idempotencyKey: $key) {\n        id\n      }\n    }\n  ": types.NotifyBookDocument,
    "\n  query SeedDistrictCounts {\n    districts {\n      code\n      volunteerCount\n      projectCount\n    }\n  }\n": types.SeedDistrictCountsDocument,
    "\n        query GuardsProofBesidePublic($id: ID!) {\n          volunteer(id: $id) {\n            displayName\n            serviceProof {\n              code\n            }\n          }\n          projects(first: 1) {\n            edges {\n              node {\n                title\n              }\n            }\n          }\n        }\n      ": types.GuardsProofBesidePublicDocument,
    "\n        query GuardsVolunteers {\n          volunteers(first: 2) {\n            edges {\n              cursor\n            }\n          }\n        }\n      ": types.GuardsVolunteersDocument,
    "\n        query GuardsMe {\n          me {\n            displayName\n          }\n        }\n      ": types.GuardsMeDocument,
    "\n        query GuardsMe2 {\n          me {\n            displayName\n          }\n        }\n      ": types.GuardsMe2Document,
    "\n        query GuardsMe3 {\n          me {\n            displayName\n          }\n        }\n      ": types.GuardsMe3Document,
    "\n        query GuardsMe4 {\n          me {\n            displayName\n          }\n        }\n      ": types.GuardsMe4Document,
    "\n  query HostileTwoSubgraphs {\n    volunteer(id: \"20000000-0000-4000-8000-000000000001\") {\n      displayName\n    }\n    projects(first: 1) {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n": types.HostileTwoSubgraphsDocument,
    "\n        query HostileProjects {\n          projects(first: 100) {\n            edges {\n              node {\n                organization {\n                  projects(first: 100) {\n                    title\n                    organization {\n                      name\n                      projects(first: 100) {\n                        title\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.HostileProjectsDocument,
    "\n        query Hostile__schema {\n          __schema {\n            types {\n              name\n            }\n          }\n        }\n      ": types.Hostile__SchemaDocument,
    "\n          query HostileVolunteer {\n            volunteer(id: \"20000000-0000-4000-8000-000000000001\") {\n              displayName\n            }\n            projects(first: 1) {\n              edges {\n                node {\n                  title\n                }\n              }\n            }\n          }\n        ": types.HostileVolunteerDocument,
    "\n          query ProjectPage($id: ID!) {\n            project(id: $id) {\n              title\n            }\n          }\n        ": types.ProjectPageDocument,
    "\n        mutation HostileSetPartnerSharing {\n          setPartnerSharing(allow: false) {\n            id\n          }\n        }\n      ": types.HostileSetPartnerSharingDocument,
    "\n        query HostileP($first: Int) {\n          projects(first: $first) {\n            edges {\n              node {\n                title\n              }\n            }\n          }\n        }\n      ": types.HostilePDocument,
    "\n        query HostileP2($id: ID!, $first: Int) {\n          project(id: $id) {\n            title\n          }\n          projects(first: $first) {\n            edges {\n              cursor\n            }\n          }\n        }\n      ": types.HostileP2Document,
    "\n        query HostileP3($s: ProjectSort) {\n          projects(sort: $s, first: 1) {\n            edges {\n              cursor\n            }\n          }\n        }\n      ": types.HostileP3Document,
    "\n        query HostileP4($id: ID!) {\n          project(id: $id) {\n            title\n          }\n        }\n      ": types.HostileP4Document,
    "\n  mutation InputHygieneP($input: WuhouPostNeedInput!) {\n    wuhouPostNeed(input: $input) {\n      id\n    }\n  }\n": types.InputHygienePDocument,
    "\n  mutation InputHygieneCreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n": types.InputHygieneCreateProjectDocument,
    "\n  mutation InputHygieneR($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n": types.InputHygieneRDocument,
    "\n        query InputHygieneDistricts($k: String) {\n          districts {\n            code\n          }\n          projects(first: 1, filter: { keyword: $k }) {\n            edges {\n              cursor\n            }\n          }\n        }\n      ": types.InputHygieneDistrictsDocument,
    "\n      query InputHygieneQ($after: String) {\n        qionglai {\n          places(first: 2, after: $after) {\n            edges {\n              cursor\n              node {\n                name\n              }\n            }\n            pageInfo {\n              endCursor\n            }\n          }\n        }\n      }\n    ": types.InputHygieneQDocument,
    "\n          query PagesProjects {\n            projects(first: 1) {\n              edges {\n                node {\n                  id\n                  title\n                  shareCode\n                  district {\n                    name\n                  }\n                  startsOn\n                }\n              }\n            }\n          }\n        ": types.PagesProjectsDocument,
    "\n          query PagesProjects2 {\n            projects(first: 20) {\n              edges {\n                node {\n                  title\n                  shifts {\n                    id\n                    freePlaces\n                  }\n                }\n              }\n            }\n          }\n        ": types.PagesProjects2Document,
    "\n          mutation PagesS($id: ID!) {\n            signUp(shiftId: $id) {\n              status\n            }\n          }\n        ": types.PagesSDocument,
    "\n          query PagesMyCalendarFeedToken {\n            myCalendarFeedToken\n          }\n        ": types.PagesMyCalendarFeedTokenDocument,
    "\n    mutation RateLimitsMutate {\n      setPartnerSharing(allow: false) {\n        id\n      }\n    }\n  ": types.RateLimitsMutateDocument,
    "\n  query ResponseCacheCategories {\n    serviceCategories {\n      code\n      name\n      subcategories {\n        code\n      }\n    }\n  }\n": types.ResponseCacheCategoriesDocument,
    "\n  query ResponseCacheProjectList($first: Int!) {\n    projects(first: $first) {\n      edges {\n        node {\n          id\n          title\n          district {\n            code\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.ResponseCacheProjectListDocument,
    "\n  query ResponseCacheProjectPage($id: ID!) {\n    project(id: $id) {\n      id\n      freePlaces\n      requirements {\n        skills\n      }\n      shifts {\n        id\n        freePlaces\n        mySignup {\n          id\n        }\n      }\n      photos(first: 5) {\n        id\n      }\n    }\n  }\n": types.ResponseCacheProjectPageDocument,
    "\n  query ResponseCacheCalendar($from: String!, $to: String!) {\n    calendar(from: $from, to: $to) {\n      date\n      freePlaces\n      shifts {\n        id\n        project {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.ResponseCacheCalendarDocument,
    "\n  query ResponseCacheWithCampaign {\n    projects(first: 3) {\n      edges {\n        node {\n          id\n          campaign {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.ResponseCacheWithCampaignDocument,
    "\n  query ResponseCacheFigures($from: String!, $to: String!) {\n    statistics(from: $from, to: $to) {\n      confirmedHours {\n        value\n      }\n      volunteersTotal {\n        value\n      }\n      organizationsTotal\n      pidu {\n        creditsIssued {\n          value\n        }\n      }\n      traffic {\n        requests\n      }\n      months {\n        month\n      }\n    }\n  }\n": types.ResponseCacheFiguresDocument,
    "\n  query ResponseCachePartnerCalls($from: String!, $to: String!) {\n    statistics(from: $from, to: $to) {\n      organizationsTotal\n    }\n    partnerCalls(appId: \"citizen-cloud\") {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ResponseCachePartnerCallsDocument,
    "\n  query SharedFetchCategories {\n    serviceCategories {\n      code\n    }\n  }\n": types.SharedFetchCategoriesDocument,
    "\n  mutation SharedFetchSignUp($shiftId: ID!) {\n    signUp(shiftId: $shiftId) {\n      id\n    }\n  }\n": types.SharedFetchSignUpDocument,
    "\n  mutation MajorEventsOpenRound($event: ID!, $title: String!, $deadline: String!) {\n    openNeedsRound(eventId: $event, title: $title, deadline: $deadline) {\n      id\n      open\n      deadline\n    }\n  }\n": types.MajorEventsOpenRoundDocument,
    "\n  mutation MajorEventsSubmitNeed($input: SubmitRoleNeedInput!) {\n    submitRoleNeed(input: $input) {\n      id\n      places\n      note\n      roleKind\n      organization {\n        id\n      }\n      event {\n        id\n      }\n    }\n  }\n": types.MajorEventsSubmitNeedDocument,
    "\n  query MajorEventsApplications($id: ID!, $status: MajorEventApplicationStatus) {\n    majorEvent(id: $id) {\n      organizedByMe\n      applications(status: $status, first: 50) {\n        edges {\n          node {\n            id\n            status\n            skills\n            languages\n            availability\n            reason\n            team {\n              id\n            }\n            volunteer {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MajorEventsApplicationsDocument,
    "\n  query MajorEventsVolunteerRows($id: ID!) {\n    volunteer(id: $id) {\n      majorEventApplications {\n        id\n        skills\n        status\n      }\n      majorEventDeployments {\n        id\n        hours\n      }\n    }\n  }\n": types.MajorEventsVolunteerRowsDocument,
    "\n  mutation MajorEventsAddSession($input: AddTrainingSessionInput!) {\n    addMajorEventTrainingSession(input: $input) {\n      id\n      courseCode\n      studyHours\n    }\n  }\n": types.MajorEventsAddSessionDocument,
    "\n  mutation MajorEventsAttend($session: ID!, $volunteers: [ID!]!) {\n    recordMajorEventAttendance(sessionId: $session, volunteerIds: $volunteers) {\n      id\n      attendeeCount\n      attendees {\n        id\n      }\n    }\n  }\n": types.MajorEventsAttendDocument,
    "\n  mutation MajorEventsHours($id: ID!, $hours: Float!) {\n    recordMajorEventHours(deploymentId: $id, hours: $hours) {\n      id\n      hours\n    }\n  }\n": types.MajorEventsHoursDocument,
    "\n  query MajorEventsFigures($id: ID!, $year: Int!) {\n    majorEvent(id: $id) {\n      figures {\n        applicants\n        selected\n        trainedPersonTimes\n        deployedPersonTimes\n        hours\n      }\n    }\n    majorEventFigures(year: $year) {\n      events\n      figures {\n        applicants\n        selected\n        trainedPersonTimes\n        deployedPersonTimes\n        hours\n      }\n    }\n  }\n": types.MajorEventsFiguresDocument,
    "\n  mutation MajorEventsInvite($role: ID!, $team: ID!) {\n    inviteTeamToMajorEvent(roleId: $role, teamId: $team) {\n      alreadyApplied\n      missingCourse\n      applications {\n        status\n        volunteer {\n          id\n        }\n        team {\n          id\n        }\n      }\n    }\n  }\n": types.MajorEventsInviteDocument,
    "\n  query MajorEventsFederated($host: ID!, $unit: ID!) {\n    host: organization(id: $host) {\n      name\n      hostedMajorEvents {\n        id\n        name\n      }\n    }\n    unit: organization(id: $unit) {\n      submittedMajorEventNeeds {\n        id\n        places\n      }\n    }\n    district(code: \"tianfu\") {\n      name\n      majorEvents {\n        id\n      }\n    }\n  }\n": types.MajorEventsFederatedDocument,
    "\n        mutation MajorEventsCreateDenied($input: CreateMajorEventInput!) {\n          createMajorEvent(input: $input) {\n            id\n          }\n        }\n      ": types.MajorEventsCreateDeniedDocument,
    "\n        mutation MajorEventsRoleDenied($input: AddMajorEventRoleInput!) {\n          addMajorEventRole(input: $input) {\n            id\n          }\n        }\n      ": types.MajorEventsRoleDeniedDocument,
    "\n        query MajorEventsSessions($id: ID!) {\n          majorEvent(id: $id) {\n            trainingSessions {\n              attendeeCount\n              attendees {\n                id\n              }\n            }\n          }\n        }\n      ": types.MajorEventsSessionsDocument,
    "\n        mutation MajorEventsApprove($id: ID!) {\n          approveTeamMember(memberId: $id) {\n            status\n          }\n        }\n      ": types.MajorEventsApproveDocument,
    "\n    query MajorEventsPage($first: Int!) {\n      majorEvents(first: $first) {\n        edges {\n          node {\n            name\n            kind\n            startsOn\n            venue\n            hostOrganization {\n              name\n            }\n            needsRounds {\n              title\n              deadline\n              open\n            }\n            roles {\n              name\n              kind\n              places\n              selectedCount\n              requiredCourse\n            }\n            trainingSessions {\n              attendeeCount\n            }\n            shifts {\n              deployedCount\n            }\n            figures {\n              applicants\n              selected\n              trainedPersonTimes\n              deployedPersonTimes\n              hours\n            }\n          }\n        }\n      }\n    }\n  ": types.MajorEventsPageDocument,
    "\n  mutation MajorEventsCreate($input: CreateMajorEventInput!) {\n    createMajorEvent(input: $input) {\n      id\n      name\n      startsOn\n      district {\n        code\n      }\n      hostOrganization {\n        id\n      }\n    }\n  }\n": types.MajorEventsCreateDocument,
    "\n  mutation MajorEventsAddRole($input: AddMajorEventRoleInput!) {\n    addMajorEventRole(input: $input) {\n      id\n      name\n      places\n      selectedCount\n      requiredCourse\n    }\n  }\n": types.MajorEventsAddRoleDocument,
    "\n  mutation MajorEventsApply($input: ApplyToMajorEventRoleInput!) {\n    applyToMajorEventRole(input: $input) {\n      id\n      status\n      skills\n      languages\n      availability\n      volunteer {\n        id\n      }\n    }\n  }\n": types.MajorEventsApplyDocument,
    "\n  mutation MajorEventsScreen($id: ID!, $decision: MajorEventDecision!, $reason: String) {\n    screenMajorEventApplication(applicationId: $id, decision: $decision, reason: $reason) {\n      id\n      status\n      reason\n      decidedAt\n      role {\n        selectedCount\n      }\n    }\n  }\n": types.MajorEventsScreenDocument,
    "\n  mutation MajorEventsDeploy($shift: ID!, $volunteer: ID!) {\n    deployToMajorEventShift(shiftId: $shift, volunteerId: $volunteer) {\n      id\n      hours\n      shift {\n        deployedCount\n      }\n    }\n  }\n": types.MajorEventsDeployDocument,
    "\n  mutation MajorEventsAddShift($input: AddMajorEventShiftInput!) {\n    addMajorEventShift(input: $input) {\n      id\n      places\n      deployedCount\n    }\n  }\n": types.MajorEventsAddShiftDocument,
    "\n  query InboxMine($unreadOnly: Boolean, $first: Int, $after: String) {\n    myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          body\n          read\n          createdAt\n          readAt\n          project {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.InboxMineDocument,
    "\n  mutation InboxMark($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.InboxMarkDocument,
    "\n  mutation InboxMarkAll {\n    markAllNotificationsRead\n  }\n": types.InboxMarkAllDocument,
    "\n  mutation InboxSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n": types.InboxSignUpDocument,
    "\n        mutation InboxCancelProject($id: ID!) {\n          cancelProject(id: $id, reason: \"暴雨预警，活动取消\") {\n            status\n          }\n        }\n      ": types.InboxCancelProjectDocument,
    "\n    query InboxMyData {\n      myPersonalData {\n        volunteerId\n        notifications\n      }\n    }\n  ": types.InboxMyDataDocument,
    "\n  mutation DistrictAdminsAdd($d: ID!, $a: ID!) {\n    addDistrictAdmin(district: $d, accountId: $a) {\n      code\n      admins {\n        accountId\n      }\n    }\n  }\n": types.DistrictAdminsAddDocument,
    "\n  mutation DistrictAdminsRemove($d: ID!, $a: ID!) {\n    removeDistrictAdmin(district: $d, accountId: $a) {\n      code\n      admins {\n        accountId\n      }\n    }\n  }\n": types.DistrictAdminsRemoveDocument,
    "\n  query DistrictAdminsAdmins($d: ID!) {\n    district(code: $d) {\n      admins {\n        accountId\n        addedAt\n      }\n    }\n  }\n": types.DistrictAdminsAdminsDocument,
    "\n  mutation DistrictAdminsVerify($id: ID!) {\n    verifyOrganization(id: $id) {\n      status\n    }\n  }\n": types.DistrictAdminsVerifyDocument,
    "\n  query DistrictAdminsList {\n    volunteers(filter: { district: \"qionglai\" }, first: 5) {\n      totalCount\n    }\n  }\n": types.DistrictAdminsListDocument,
    "\n  query DistrictAdminsRecord($id: ID!) {\n    volunteer(id: $id) {\n      profile {\n        idNumber\n      }\n      serviceRecords(first: 1) {\n        edges {\n          node {\n            hours\n          }\n        }\n      }\n    }\n  }\n": types.DistrictAdminsRecordDocument,
    "\n  mutation DistrictAdminsUntag($p: ID!) {\n    qionglaiUntagProject(projectId: $p)\n  }\n": types.DistrictAdminsUntagDocument,
    "\n        query DistrictAdminsDistricts {\n          districts {\n            code\n            admins {\n              accountId\n            }\n          }\n        }\n      ": types.DistrictAdminsDistrictsDocument,
    "\n  mutation FlowCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n": types.FlowCreateDocument,
    "\n  mutation FlowPublish($id: ID!) {\n    publishProject(id: $id) {\n      status\n    }\n  }\n": types.FlowPublishDocument,
    "\n        mutation FlowVerifyOrganization($id: ID!) {\n          verifyOrganization(id: $id) {\n            status\n          }\n        }\n      ": types.FlowVerifyOrganizationDocument,
    "\n        mutation FlowSuspendOrganization($id: ID!) {\n          suspendOrganization(id: $id, reason: \"投诉核查中\") {\n            status\n          }\n        }\n      ": types.FlowSuspendOrganizationDocument,
    "\n      mutation FlowConvertNeed($id: ID!, $org: ID!) {\n        convertNeed(id: $id, organizationId: $org) {\n          status\n        }\n      }\n    ": types.FlowConvertNeedDocument,
    "\n    query FlowNeedProject($id: ID!) {\n      need(id: $id) {\n        title\n        project {\n          id\n          status\n          title\n          organization {\n            name\n          }\n          need {\n            id\n          }\n        }\n      }\n    }\n  ": types.FlowNeedProjectDocument,
    "\n  mutation Register($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      id\n      name\n      creditCode\n      status\n      verified\n      suspended\n      canPublish\n      district {\n        code\n        name\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation NeedsFile($input: FileNeedInput!) {\n    fileNeed(input: $input) {\n      id\n      title\n      status\n      categoryCode\n      categoryName\n      startsOn\n      endsOn\n      volunteersNeeded\n      address\n      district {\n        code\n        name\n      }\n      filedBy {\n        name\n      }\n    }\n  }\n": types.NeedsFileDocument,
    "\n  mutation NeedsAccept($id: ID!) {\n    acceptNeed(id: $id) {\n      status\n      triagedAt\n    }\n  }\n": types.NeedsAcceptDocument,
    "\n  mutation NeedsReject($id: ID!, $reason: String!) {\n    rejectNeed(id: $id, reason: $reason) {\n      status\n      rejectionReason\n    }\n  }\n": types.NeedsRejectDocument,
    "\n  mutation NeedsConvert($id: ID!, $org: ID!) {\n    convertNeed(id: $id, organizationId: $org) {\n      status\n      convertedTo {\n        name\n      }\n    }\n  }\n": types.NeedsConvertDocument,
    "\n          query NeedsNeeds {\n            needs(district: \"qingyang\", status: SUBMITTED, first: 50) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.NeedsNeedsDocument,
    "\n      query NeedsRejection($id: ID!) {\n        need(id: $id) {\n          status\n          rejectionReason\n        }\n      }\n    ": types.NeedsRejectionDocument,
    "\n      query NeedsPage($after: String) {\n        needs(first: 2, after: $after) {\n          edges {\n            node {\n              id\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    ": types.NeedsPageDocument,
    "\n  query Org($id: ID!) {\n    organization(id: $id) {\n      name\n      creditCode\n      type\n      address\n      contactName\n      contactPhone\n      status\n      verified\n      suspended\n      canPublish\n      suspensionReason\n      registeredAt\n      district {\n        code\n        name\n      }\n      teams {\n        name\n      }\n    }\n  }\n": types.OrgDocument,
    "\n  query Admins($id: ID!) {\n    organization(id: $id) {\n      admins {\n        accountId\n        addedAt\n      }\n    }\n  }\n": types.AdminsDocument,
    "\n      query OrganizationsQ($after: String, $district: ID) {\n        organizations(first: 4, after: $after, district: $district) {\n          edges {\n            node {\n              id\n              district {\n                code\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    ": types.OrganizationsQDocument,
    "\n          query OrganizationsOrganizations {\n            organizations(first: 101) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": types.OrganizationsOrganizationsDocument,
    "\n            query OrganizationsOrganizations2 {\n              organizations(district: \"atlantis\") {\n                edges {\n                  cursor\n                }\n              }\n            }\n          ": types.OrganizationsOrganizations2Document,
    "\n          query OrganizationsMyOrganizations {\n            myOrganizations {\n              id\n            }\n          }\n        ": types.OrganizationsMyOrganizationsDocument,
    "\n    mutation OrganizationsVerify($id: ID!) {\n      verifyOrganization(id: $id) {\n        status\n        verified\n        canPublish\n        verifiedAt\n      }\n    }\n  ": types.OrganizationsVerifyDocument,
    "\n    mutation OrganizationsSuspend($id: ID!, $reason: String!) {\n      suspendOrganization(id: $id, reason: $reason) {\n        status\n        suspended\n        canPublish\n        suspensionReason\n      }\n    }\n  ": types.OrganizationsSuspendDocument,
    "\n    mutation OrganizationsReactivate($id: ID!, $reason: String!) {\n      reactivateOrganization(id: $id, reason: $reason) {\n        status\n        canPublish\n        suspensionReason\n      }\n    }\n  ": types.OrganizationsReactivateDocument,
    "\n    mutation OrganizationsUpdate($id: ID!, $input: UpdateOrganizationInput!) {\n      updateOrganization(id: $id, input: $input) {\n        name\n        contactPhone\n        district {\n          code\n        }\n      }\n    }\n  ": types.OrganizationsUpdateDocument,
    "\n    mutation OrganizationsAdd($o: ID!, $a: ID!) {\n      addOrganizationAdmin(organizationId: $o, accountId: $a) {\n        admins {\n          accountId\n        }\n      }\n    }\n  ": types.OrganizationsAddDocument,
    "\n    mutation OrganizationsRemove($o: ID!, $a: ID!) {\n      removeOrganizationAdmin(organizationId: $o, accountId: $a) {\n        admins {\n          accountId\n        }\n      }\n    }\n  ": types.OrganizationsRemoveDocument,
    "\n            query OrganizationsProjectsPage($n: Int!) {\n              projects(first: $n) {\n                edges {\n                  node {\n                    organization {\n                      name\n                      creditCode\n                      contactPhone\n                      canPublish\n                      district {\n                        name\n                      }\n                      teams {\n                        name\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          ": types.OrganizationsProjectsPageDocument,
    "\n  query TeamsMembers($id: ID!) {\n    team(id: $id) {\n      name\n      memberCount\n      members(first: 20) {\n        edges {\n          node {\n            id\n            role\n            status\n            note\n            volunteer {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TeamsMembersDocument,
    "\n  mutation TeamsApprove($id: ID!) {\n    approveTeamMember(memberId: $id) {\n      status\n      decidedAt\n      team {\n        memberCount\n      }\n    }\n  }\n": types.TeamsApproveDocument,
    "\n  mutation TeamsDecline($id: ID!, $reason: String) {\n    declineTeamMember(memberId: $id, reason: $reason) {\n      status\n      declineReason\n    }\n  }\n": types.TeamsDeclineDocument,
    "\n  mutation TeamsJoin($team: ID!, $note: String) {\n    joinTeam(teamId: $team, note: $note) {\n      id\n      status\n      role\n      note\n      volunteer {\n        id\n        displayName\n      }\n    }\n  }\n": types.TeamsJoinDocument,
    "\n        query TeamsTeams {\n          teams(kind: PROFESSIONAL, first: 20) {\n            edges {\n              node {\n                name\n                specialty\n                memberCount\n                organization {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": types.TeamsTeamsDocument,
    "\n          query TeamsTeams2 {\n            teams(kind: FEATURED) {\n              edges {\n                node {\n                  kind\n                }\n              }\n            }\n          }\n        ": types.TeamsTeams2Document,
    "\n          query TeamsOfOrganization($id: ID!) {\n            organization(id: $id) {\n              teams {\n                name\n              }\n            }\n          }\n        ": types.TeamsOfOrganizationDocument,
    "\n          query TeamsMyMembership($id: ID!) {\n            team(id: $id) {\n              myMembership {\n                id\n                status\n              }\n            }\n          }\n        ": types.TeamsMyMembershipDocument,
    "\n          query TeamsMyMembershipVolunteer($id: ID!) {\n            team(id: $id) {\n              myMembership {\n                volunteer {\n                  id\n                }\n              }\n            }\n          }\n        ": types.TeamsMyMembershipVolunteerDocument,
    "\n    mutation TeamsCreate($input: CreateTeamInput!) {\n      createTeam(input: $input) {\n        name\n        kind\n        organization {\n          name\n        }\n        memberCount\n        members {\n          edges {\n            node {\n              role\n              volunteer {\n                displayName\n              }\n            }\n          }\n        }\n      }\n    }\n  ": types.TeamsCreateDocument,
    "\n          query TeamsPageCost($n: Int!) {\n            teams(first: $n) {\n              edges {\n                node {\n                  name\n                  memberCount\n                  myMembership {\n                    id\n                  }\n                  organization {\n                    name\n                    district {\n                      name\n                    }\n                  }\n                  members(first: 5) {\n                    edges {\n                      node {\n                        role\n                        team {\n                          name\n                        }\n                      }\n                    }\n                    pageInfo {\n                      hasNextPage\n                    }\n                  }\n                }\n              }\n            }\n          }\n        ": types.TeamsPageCostDocument,
    "\n    query TeamsMembersPage($id: ID!, $after: String) {\n      team(id: $id) {\n        members(first: 1, after: $after) {\n          edges {\n            node {\n              id\n              role\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  ": types.TeamsMembersPageDocument,
    "\n  mutation AuditRegisterApp($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      app {\n        clientId\n      }\n    }\n  }\n": types.AuditRegisterAppDocument,
    "\n  mutation AuditSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n      signedUpVia {\n        appId\n        name\n      }\n    }\n  }\n": types.AuditSignUpDocument,
    "\n  mutation AuditCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      id\n      status\n      cancelledVia {\n        name\n      }\n    }\n  }\n": types.AuditCancelDocument,
    "\n  query AuditMySignups {\n    mySignups(includeCancelled: true) {\n      id\n      signedUpVia {\n        appId\n        name\n      }\n      cancelledVia {\n        name\n      }\n    }\n  }\n": types.AuditMySignupsDocument,
    "\n  query AuditNotifications {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          kind\n          body\n        }\n      }\n    }\n  }\n": types.AuditNotificationsDocument,
    "\n  query AuditRoster($id: ID!) {\n    project(id: $id) {\n      shifts {\n        signups {\n          id\n          signedUpVia {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AuditRosterDocument,
    "\n  query AuditPartnerCalls($appId: String!, $from: String, $first: Int, $after: String) {\n    partnerCalls(appId: $appId, from: $from, first: $first, after: $after) {\n      edges {\n        node {\n          appId\n          accountId\n          operation\n          at\n          outcome\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditPartnerCallsDocument,
    "\n  query AuditGrants {\n    myAppGrants {\n      appId\n      appName\n      consent {\n        status\n        purposes\n      }\n    }\n  }\n": types.AuditGrantsDocument,
    "\n  mutation AuditRevokeGrant($appId: String!) {\n    revokeAppGrant(appId: $appId) {\n      appId\n      consent {\n        status\n      }\n    }\n  }\n": types.AuditRevokeGrantDocument,
    "\n  mutation AuditWithdraw($appId: String!) {\n    withdrawConsent(input: { recipient: APP, appId: $appId }) {\n      status\n    }\n  }\n": types.AuditWithdrawDocument,
    "\n  query AuditMe {\n    me {\n      id\n    }\n  }\n": types.AuditMeDocument,
    "\n  mutation CityTokenRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      app {\n        clientId\n      }\n    }\n  }\n": types.CityTokenRegisterDocument,
    "\n  mutation CityTokenSuspend($clientId: String!) {\n    suspendPartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n": types.CityTokenSuspendDocument,
    "\n  mutation CityTokenResume($clientId: String!) {\n    resumePartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n": types.CityTokenResumeDocument,
    "\n  mutation CorsDocsRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      app {\n        clientId\n      }\n    }\n  }\n": types.CorsDocsRegisterDocument,
    "\n  mutation CorsDocsAdd($clientId: String!, $documents: [PartnerAppDocumentInput!]!) {\n    addPartnerAppDocuments(clientId: $clientId, documents: $documents) {\n      clientId\n      documentIds\n    }\n  }\n": types.CorsDocsAddDocument,
    "\n  mutation CorsDocsRemove($clientId: String!, $ids: [String!]!) {\n    removePartnerAppDocuments(clientId: $clientId, ids: $ids) {\n      documentIds\n    }\n  }\n": types.CorsDocsRemoveDocument,
    "\n  mutation CorsDocsSuspend($clientId: String!) {\n    suspendPartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n": types.CorsDocsSuspendDocument,
    "\n  mutation CorsDocsResume($clientId: String!) {\n    resumePartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n": types.CorsDocsResumeDocument,
    "\n  mutation FlowRotate($clientId: String!) {\n    rotatePartnerAppSecret(clientId: $clientId) {\n      clientSecret\n      webhookSecret\n    }\n  }\n": types.FlowRotateDocument,
    "\n  query FlowProjects {\n    projects(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.FlowProjectsDocument,
    "\n  mutation FlowSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n": types.FlowSignUpDocument,
    "\n  mutation PartnerRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      app {\n        clientId\n        name\n        status\n        allowedScopes\n        redirectUris\n      }\n    }\n  }\n": types.PartnerRegisterDocument,
    "\n  query PartnerApps {\n    partnerApps {\n      clientId\n      name\n      status\n      secretIssuedAt\n    }\n  }\n": types.PartnerAppsDocument,
    "\n  mutation PartnerRotate($clientId: String!) {\n    rotatePartnerAppSecret(clientId: $clientId) {\n      clientSecret\n      app {\n        clientId\n      }\n    }\n  }\n": types.PartnerRotateDocument,
    "\n  mutation PartnerSuspend($clientId: String!) {\n    suspendPartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n": types.PartnerSuspendDocument,
    "\n  mutation PartnerResume($clientId: String!) {\n    resumePartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n": types.PartnerResumeDocument,
    "\n  mutation PartnerRevoke($clientId: String!) {\n    revokePartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n": types.PartnerRevokeDocument,
    "\n  query PartnerPublicProjects {\n    projects(first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.PartnerPublicProjectsDocument,
    "\n  mutation PartnerChildRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n": types.PartnerChildRegisterDocument,
    "\n  query PartnerCitizen {\n    me {\n      id\n    }\n  }\n": types.PartnerCitizenDocument,
    "\n  query PartnerCitizenConsents {\n    myConsents {\n      appId\n      status\n      purposes\n      kinds\n    }\n  }\n": types.PartnerCitizenConsentsDocument,
    "\n  mutation QuotasRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      app {\n        clientId\n        quota {\n          requestsPerMinute\n          mutationsPerMinute\n          mutationsPerCitizenPerMinute\n        }\n      }\n    }\n  }\n": types.QuotasRegisterDocument,
    "\n  mutation QuotasSet($clientId: String!, $quota: PartnerAppQuotaInput!) {\n    setPartnerAppQuota(clientId: $clientId, quota: $quota) {\n      clientId\n      quota {\n        requestsPerMinute\n        mutationsPerMinute\n        mutationsPerCitizenPerMinute\n      }\n    }\n  }\n": types.QuotasSetDocument,
    "\n  mutation QuotasCitizenSignUp($shiftId: ID!) {\n    signUp(shiftId: $shiftId) {\n      status\n    }\n  }\n": types.QuotasCitizenSignUpDocument,
    "\n  mutation WebhookRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      webhookSecret\n      app {\n        clientId\n        webhookUrl\n        webhookEvents\n      }\n    }\n  }\n": types.WebhookRegisterDocument,
    "\n  mutation WebhookGrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n      status\n    }\n  }\n": types.WebhookGrantConsentDocument,
    "\n  mutation WebhookWithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      status\n    }\n  }\n": types.WebhookWithdrawConsentDocument,
    "\n  mutation WebhookSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n": types.WebhookSignUpDocument,
    "\n  mutation WebhookCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      status\n    }\n  }\n": types.WebhookCancelDocument,
    "\n  query WebhookDeliveries($clientId: String!) {\n    partnerAppWebhookDeliveries(clientId: $clientId) {\n      eventId\n      type\n      status\n      attempts\n      lastStatusCode\n      lastError\n      deliveredAt\n      nextAttemptAt\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  query RightsAccessLog($first: Int, $after: String) {\n    myAccessLog {\n      volunteerId\n      volunteers(first: $first, after: $after) {\n        entries {\n          at\n          callerKind\n          callerId\n          fields\n          operation\n        }\n        hasNextPage\n        endCursor\n      }\n      projects {\n        entries {\n          callerKind\n          callerId\n          fields\n          operation\n        }\n      }\n      pidu {\n        entries {\n          callerKind\n          callerId\n          fields\n          operation\n        }\n      }\n      xinjin {\n        entries {\n          callerKind\n        }\n      }\n    }\n  }\n": types.RightsAccessLogDocument,
    "\n  query AdminLooksAtVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      profile {\n        realName\n        idNumber\n        phone\n      }\n      again: profile {\n        sex\n      }\n      serviceRecords(first: 5) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      pidu {\n        balance\n      }\n    }\n  }\n": types.AdminLooksAtVolunteerDocument,
    "\n  query PublicLooksAtVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      displayName\n      district {\n        code\n      }\n      memberSince\n      profile {\n        realName\n      }\n      pidu {\n        balance\n      }\n    }\n  }\n": types.PublicLooksAtVolunteerDocument,
    "\n  query PartnerReadsCitizen {\n    me {\n      profile {\n        realName\n      }\n    }\n    mySignups {\n      id\n    }\n  }\n": types.PartnerReadsCitizenDocument,
    "\n  query OrganizerReadsRoster($id: ID!) {\n    project(id: $id) {\n      shifts {\n        signups {\n          id\n        }\n      }\n    }\n  }\n": types.OrganizerReadsRosterDocument,
    "\n  query RightsAccessLogCounts {\n    myAccessLog {\n      volunteers(first: 50) {\n        entries {\n          callerKind\n        }\n      }\n      pidu(first: 50) {\n        entries {\n          callerKind\n        }\n      }\n    }\n  }\n": types.RightsAccessLogCountsDocument,
    "\n  mutation ConsentRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n": types.ConsentRegisterDocument,
    "\n  mutation ConsentGrant($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n      recipient\n      appId\n      purposes\n      kinds\n      status\n      grantedAt\n      grantedBy\n      guardianAgreedAt\n      endedAt\n      endedBy\n    }\n  }\n": types.ConsentGrantDocument,
    "\n  mutation ConsentWithdraw($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      id\n      status\n      endedAt\n      endedBy\n    }\n  }\n": types.ConsentWithdrawDocument,
    "\n  query ConsentHistory($volunteerId: ID) {\n    myConsents(volunteerId: $volunteerId) {\n      id\n      recipient\n      appId\n      purposes\n      kinds\n      status\n      grantedAt\n      grantedBy\n      guardianAgreedAt\n      endedAt\n      endedBy\n    }\n  }\n": types.ConsentHistoryDocument,
    "\n  query ConsentProfile {\n    me {\n      profile {\n        realName\n        phone\n        idNumber\n        shareWithPartners\n      }\n    }\n  }\n": types.ConsentProfileDocument,
    "\n  query ConsentActivity {\n    mySignups {\n      id\n    }\n  }\n": types.ConsentActivityDocument,
    "\n  query ConsentRecords {\n    myServiceRecords(first: 5) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.ConsentRecordsDocument,
    "\n  query ConsentNotifications {\n    myNotifications {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ConsentNotificationsDocument,
    "\n  query ConsentFeedToken {\n    myCalendarFeedToken\n  }\n": types.ConsentFeedTokenDocument,
    "\n  mutation ConsentSignUp($shiftId: ID!) {\n    signUp(shiftId: $shiftId) {\n      id\n      status\n    }\n  }\n": types.ConsentSignUpDocument,
    "\n  mutation ConsentConfirmGuardian($id: ID!) {\n    confirmGuardianship(volunteerId: $id) {\n      id\n    }\n  }\n": types.ConsentConfirmGuardianDocument,
    "\n  mutation ConsentAgree($id: ID!) {\n    agreeToConsent(id: $id) {\n      id\n      status\n      guardianAgreedAt\n    }\n  }\n": types.ConsentAgreeDocument,
    "\n          mutation ConsentSwitchOn {\n            setPartnerSharing(allow: true) {\n              id\n            }\n          }\n        ": types.ConsentSwitchOnDocument,
    "\n    query ConsentOrganizerContact($id: ID!) {\n      volunteer(id: $id) {\n        organizerContact {\n          realName\n          phone\n        }\n      }\n    }\n  ": types.ConsentOrganizerContactDocument,
    "\n  query ConsentOwnGuardian {\n    me {\n      profile {\n        guardian {\n          phone\n        }\n      }\n    }\n  }\n": types.ConsentOwnGuardianDocument,
    "\n    mutation ConsentNameGuardian($input: GuardianConsentInput!) {\n      nameGuardian(input: $input) {\n        id\n        profile {\n          guardian {\n            name\n            relation\n            phone\n          }\n        }\n      }\n    }\n  ": types.ConsentNameGuardianDocument,
    "\n      query ConsentWards {\n        myWards {\n          id\n        }\n      }\n    ": types.ConsentWardsDocument,
    "\n  mutation RightsRequestCorrection($input: RecordCorrectionInput!) {\n    requestRecordCorrection(input: $input) {\n      id\n      status\n      realName\n      idNumber\n      reason\n    }\n  }\n": types.RightsRequestCorrectionDocument,
    "\n  mutation RightsDecideCorrection($id: ID!, $accept: Boolean!, $note: String!) {\n    decideRecordCorrection(id: $id, accept: $accept, note: $note) {\n      id\n      status\n      note\n      decidedAt\n    }\n  }\n": types.RightsDecideCorrectionDocument,
    "\n  query RightsMyCorrections {\n    myRecordCorrections {\n      id\n      status\n      realName\n      idNumber\n      note\n      requestedAt\n      decidedAt\n    }\n    me {\n      displayName\n      profile {\n        realName\n        idNumber\n        sex\n        birthDate\n      }\n    }\n  }\n": types.RightsMyCorrectionsDocument,
    "\n  query RightsPendingCorrections {\n    pendingRecordCorrections(first: 50) {\n      id\n      idNumber\n      realName\n      volunteer {\n        id\n      }\n    }\n  }\n": types.RightsPendingCorrectionsDocument,
    "\n  mutation RightsEditProfile($input: UpdateVolunteerProfileInput!) {\n    updateVolunteerProfile(input: $input) {\n      district {\n        code\n      }\n      profile {\n        phone\n        skills\n        serviceCategories\n      }\n    }\n  }\n": types.RightsEditProfileDocument,
    "\n  mutation RightsDeregister($confirmation: String!) {\n    deregister(confirmation: $confirmation) {\n      deregisteredAt\n    }\n  }\n": types.RightsDeregisterDocument,
    "\n  query RightsDeregMe {\n    me {\n      id\n      displayName\n    }\n  }\n": types.RightsDeregMeDocument,
    "\n  query RightsDeregMyData {\n    myPersonalData {\n      volunteerId\n      volunteers\n    }\n  }\n": types.RightsDeregMyDataDocument,
    "\n  query RightsDeregMySignups {\n    mySignups(includeCancelled: true) {\n      id\n      status\n    }\n  }\n": types.RightsDeregMySignupsDocument,
    "\n  query RightsDeregAdminView($id: ID!) {\n    volunteer(id: $id) {\n      id\n      profile {\n        realName\n      }\n    }\n    volunteers(filter: { district: \"pidu\" }, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.RightsDeregAdminViewDocument,
    "\n  query RightsDeregProof {\n    me {\n      serviceProof {\n        code\n        holderName\n        confirmedHours\n      }\n    }\n  }\n": types.RightsDeregProofDocument,
    "\n  query RightsDeregVerify($code: String!) {\n    verifyServiceProof(code: $code) {\n      code\n      holderName\n      confirmedHours\n      recordCount\n    }\n  }\n": types.RightsDeregVerifyDocument,
    "\n  query RightsDeregFamily {\n    me {\n      pidu {\n        family {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.RightsDeregFamilyDocument,
    "\n        mutation RightsDeregJoinTeam($team: ID!) {\n          joinTeam(teamId: $team, note: \"周末有空，会急救\") {\n            id\n          }\n        }\n      ": types.RightsDeregJoinTeamDocument,
    "\n        mutation RightsDeregDeclareFamily($relative: ID!) {\n          piduDeclareFamily(relativeVolunteerId: $relative, relation: SIBLING) {\n            id\n          }\n        }\n      ": types.RightsDeregDeclareFamilyDocument,
    "\n        mutation RightsDeregPostNeed($input: WuhouPostNeedInput!) {\n          wuhouPostNeed(input: $input) {\n            id\n          }\n        }\n      ": types.RightsDeregPostNeedDocument,
    "\n  query RightsDistrictData {\n    myPersonalData {\n      longquanyi\n      chenghua\n    }\n  }\n": types.RightsDistrictDataDocument,
    "\n  query RightsLongquanyiLog {\n    myAccessLog {\n      longquanyi {\n        entries {\n          callerKind\n          fields\n        }\n      }\n    }\n  }\n": types.RightsLongquanyiLogDocument,
    "\n  query RightsLongquanyiAdminRead($id: ID!) {\n    volunteer(id: $id) {\n      longquanyi {\n        points\n      }\n    }\n  }\n": types.RightsLongquanyiAdminReadDocument,
    "\n  mutation RightsLongquanyiAward($input: LongquanyiAwardInput!) {\n    longquanyiAwardPoints(input: $input) {\n      id\n    }\n  }\n": types.RightsLongquanyiAwardDocument,
    "\n  mutation RightsChenghuaCreate($name: String!) {\n    chenghuaCreateFamily(name: $name) {\n      id\n    }\n  }\n": types.RightsChenghuaCreateDocument,
    "\n  mutation RightsChenghuaAdd($id: ID!) {\n    chenghuaAddMember(volunteerId: $id) {\n      status\n    }\n  }\n": types.RightsChenghuaAddDocument,
    "\n  mutation RightsChenghuaAccept($id: ID!) {\n    chenghuaAcceptFamily(familyId: $id) {\n      status\n    }\n  }\n": types.RightsChenghuaAcceptDocument,
    "\n  query RightsChenghuaFamily {\n    chenghua {\n      myFamily {\n        id\n        members {\n          role\n          status\n          volunteer {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.RightsChenghuaFamilyDocument,
    "\n  query RightsExportMajorEvents {\n    myPersonalData {\n      volunteerId\n      majorEvents\n    }\n  }\n": types.RightsExportMajorEventsDocument,
    "\n        mutation RightsExportMajorEventSession($input: AddTrainingSessionInput!) {\n          addMajorEventTrainingSession(input: $input) {\n            id\n          }\n        }\n      ": types.RightsExportMajorEventSessionDocument,
    "\n          mutation RightsExportMajorEventHours($id: ID!, $hours: Float!) {\n            recordMajorEventHours(deploymentId: $id, hours: $hours) {\n              id\n            }\n          }\n        ": types.RightsExportMajorEventHoursDocument,
    "\n        mutation RightsExportMajorEventAttendance($session: ID!, $ids: [ID!]!) {\n          recordMajorEventAttendance(sessionId: $session, volunteerIds: $ids) {\n            attendeeCount\n          }\n        }\n      ": types.RightsExportMajorEventAttendanceDocument,
    "\n  query RightsExport {\n    myPersonalData {\n      volunteerId\n      exportedAt\n      volunteers\n      projects\n      organizations\n      pidu\n      xinjin\n      wuhou\n      jinniu\n    }\n  }\n": types.RightsExportDocument,
    "\n        mutation RightsExportJoinTeam($team: ID!, $note: String) {\n          joinTeam(teamId: $team, note: $note) {\n            id\n          }\n        }\n      ": types.RightsExportJoinTeamDocument,
    "\n        mutation RightsExportPostNeed($input: WuhouPostNeedInput!) {\n          wuhouPostNeed(input: $input) {\n            id\n          }\n        }\n      ": types.RightsExportPostNeedDocument,
    "\n        query RightsExportFeed {\n          myCalendarFeedToken\n        }\n      ": types.RightsExportFeedDocument,
    "\n  mutation RightsRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n": types.RightsRegisterDocument,
    "\n  mutation RightsGrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      status\n    }\n  }\n": types.RightsGrantConsentDocument,
    "\n        mutation RightsCreateProject($input: ProjectInput!) {\n          createProject(input: $input) {\n            id\n          }\n        }\n      ": types.RightsCreateProjectDocument,
    "\n        mutation RightsPublishProject($id: ID!) {\n          publishProject(id: $id) {\n            id\n            shifts {\n              id\n            }\n          }\n        }\n      ": types.RightsPublishProjectDocument,
    "\n  mutation RightsSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n": types.RightsSignUpDocument,
    "\n  query RightsShiftCounts($id: ID!) {\n    project(id: $id) {\n      shifts {\n        signedUpCount\n        waitlistCount\n        freePlaces\n      }\n    }\n  }\n": types.RightsShiftCountsDocument,
    "\n  mutation PrivacyRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n      memberSince\n    }\n  }\n": types.PrivacyRegisterDocument,
    "\n  mutation PrivacyGrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      status\n    }\n  }\n": types.PrivacyGrantConsentDocument,
    "\n  mutation PrivacyWithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      status\n    }\n  }\n": types.PrivacyWithdrawConsentDocument,
    "\n        mutation PrivacyConfirmGuardian($id: ID!) {\n          confirmGuardianship(volunteerId: $id) {\n            id\n          }\n        }\n      ": types.PrivacyConfirmGuardianDocument,
    "\n  mutation PrivacySignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n    }\n  }\n": types.PrivacySignUpDocument,
    "\n        mutation PrivacyCreateProject($input: ProjectInput!) {\n          createProject(input: $input) {\n            id\n          }\n        }\n      ": types.PrivacyCreateProjectDocument,
    "\n        mutation PrivacyPublishProject($id: ID!) {\n          publishProject(id: $id) {\n            id\n            shifts {\n              id\n            }\n          }\n        }\n      ": types.PrivacyPublishProjectDocument,
    "\n          mutation PrivacyRecordTraining($input: RecordTrainingInput!) {\n            recordTraining(input: $input) {\n              id\n            }\n          }\n        ": types.PrivacyRecordTrainingDocument,
    "\n          query PrivacyCalendarFeedToken {\n            myCalendarFeedToken\n          }\n        ": types.PrivacyCalendarFeedTokenDocument,
    "\n          mutation PrivacyPostNeed($input: WuhouPostNeedInput!) {\n            wuhouPostNeed(input: $input) {\n              id\n            }\n          }\n        ": types.PrivacyPostNeedDocument,
    "\n        query PrivacyShuangliuRota($post: ID!, $day: String!) {\n          shuangliu {\n            post(id: $post) {\n              rota(day: $day) {\n                id\n              }\n            }\n          }\n        }\n      ": types.PrivacyShuangliuRotaDocument,
    "\n          mutation PrivacyJinniuJoin($input: JinniuStandbyInput!) {\n            jinniuJoinStandby(input: $input) {\n              skills\n            }\n          }\n        ": types.PrivacyJinniuJoinDocument,
    "\n          mutation PrivacyShuangliuTake($slot: ID!) {\n            shuangliuTakeSlot(slotId: $slot) {\n              takenAt\n            }\n          }\n        ": types.PrivacyShuangliuTakeDocument,
    "\n        mutation PrivacyChenghuaFamily($name: String!) {\n          chenghuaCreateFamily(name: $name) {\n            id\n          }\n        }\n      ": types.PrivacyChenghuaFamilyDocument,
    "\n        mutation PrivacyChenghuaAddChild($id: ID!) {\n          chenghuaAddMember(volunteerId: $id) {\n            role\n          }\n        }\n      ": types.PrivacyChenghuaAddChildDocument,
    "\n        mutation PrivacyMajorEventHours($id: ID!, $hours: Float!) {\n          recordMajorEventHours(deploymentId: $id, hours: $hours) {\n            id\n            hours\n          }\n        }\n      ": types.PrivacyMajorEventHoursDocument,
    "\n        mutation PrivacyCancelProject($id: ID!) {\n          cancelProject(id: $id, reason: \"场地临时关闭\") {\n            id\n          }\n        }\n      ": types.PrivacyCancelProjectDocument,
    "\n          query PrivacyAppCalendarFeedToken {\n            myCalendarFeedToken\n          }\n        ": types.PrivacyAppCalendarFeedTokenDocument,
    "\n  mutation AdminClaimsCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n      shareCode\n    }\n  }\n": types.AdminClaimsCreateDocument,
    "\n  mutation AdminClaimsPublish($id: ID!) {\n    publishProject(id: $id) {\n      status\n    }\n  }\n": types.AdminClaimsPublishDocument,
    "\n  mutation AdminClaimsCancel($id: ID!) {\n    cancelProject(id: $id, reason: \"场地临时关闭\") {\n      status\n    }\n  }\n": types.AdminClaimsCancelDocument,
    "\n  query AdminClaimsProject($id: ID!) {\n    project(id: $id) {\n      id\n      status\n    }\n  }\n": types.AdminClaimsProjectDocument,
    "\n  mutation AdminClaimsConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      status\n    }\n  }\n": types.AdminClaimsConfirmDocument,
    "\n  mutation AdminClaimsAddAdmin($org: ID!, $acct: ID!) {\n    addOrganizationAdmin(organizationId: $org, accountId: $acct) {\n      id\n    }\n  }\n": types.AdminClaimsAddAdminDocument,
    "\n  mutation AdminClaimsRemoveAdmin($org: ID!, $acct: ID!) {\n    removeOrganizationAdmin(organizationId: $org, accountId: $acct) {\n      id\n    }\n  }\n": types.AdminClaimsRemoveAdminDocument,
    "\n        mutation AdminClaimsSignUp($s: ID!) {\n          signUp(shiftId: $s) {\n            id\n          }\n        }\n      ": types.AdminClaimsSignUpDocument,
    "\n        mutation AdminClaimsCheckInVolunteer($id: ID!, $at: String) {\n          checkInVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      ": types.AdminClaimsCheckInVolunteerDocument,
    "\n        mutation AdminClaimsCheckOutVolunteer($id: ID!, $at: String) {\n          checkOutVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      ": types.AdminClaimsCheckOutVolunteerDocument,
    "\n          query AdminClaimsServiceRecordsToConfirm {\n            serviceRecordsToConfirm {\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        ": types.AdminClaimsServiceRecordsToConfirmDocument,
    "\n    query AdminClaimsLists($org: ID!, $code: String!) {\n      projectByShareCode(code: $code) {\n        id\n      }\n      organization(id: $org) {\n        projects(first: 100) {\n          id\n        }\n      }\n      projects(filter: { status: CANCELLED }, first: 100) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  ": types.AdminClaimsListsDocument,
    "\n    mutation AdminClaimsVerify($id: ID!) {\n      verifyOrganization(id: $id) {\n        status\n        verified\n      }\n    }\n  ": types.AdminClaimsVerifyDocument,
    "\n    mutation AdminClaimsUpdate($id: ID!, $input: UpdateOrganizationInput!) {\n      updateOrganization(id: $id, input: $input) {\n        status\n        verified\n        canPublish\n        district {\n          code\n        }\n      }\n    }\n  ": types.AdminClaimsUpdateDocument,
    "\n  mutation BulkAttendanceSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n    }\n  }\n": types.BulkAttendanceSignUpDocument,
    "\n  fragment BulkAttendanceResult on AttendanceResult {\n    index\n    outcome\n    message\n    signup {\n      id\n      checkedInAt\n      checkedOutAt\n    }\n    volunteer {\n      id\n    }\n  }\n": types.BulkAttendanceResultFragmentDoc,
    "\n  mutation BulkAttendanceIn($shift: ID!, $attendees: AttendeesInput!, $at: String) {\n    checkInVolunteers(shiftId: $shift, attendees: $attendees, at: $at) {\n      ...BulkAttendanceResult\n    }\n  }\n": types.BulkAttendanceInDocument,
    "\n  mutation BulkAttendanceOut($shift: ID!, $attendees: AttendeesInput!, $at: String) {\n    checkOutVolunteers(shiftId: $shift, attendees: $attendees, at: $at) {\n      ...BulkAttendanceResult\n    }\n  }\n": types.BulkAttendanceOutDocument,
    "\n    query BulkAttendanceMyCard {\n      me {\n        card {\n          verificationCode\n        }\n      }\n    }\n  ": types.BulkAttendanceMyCardDocument,
    "\n  query CalendarShareGalleryCalendar($d: ID, $from: String!, $to: String!) {\n    calendar(district: $d, from: $from, to: $to) {\n      date\n      shiftCount\n      freePlaces\n      shifts {\n        startTime\n        endTime\n        project {\n          title\n          district {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.CalendarShareGalleryCalendarDocument,
    "\n        mutation CalendarShareGallerySignUp($s: ID!) {\n          signUp(shiftId: $s) {\n            id\n          }\n        }\n      ": types.CalendarShareGallerySignUpDocument,
    "\n        query CalendarShareGalleryMyCalendar($from: String!, $to: String!) {\n          myCalendar(from: $from, to: $to) {\n            status\n            shift {\n              date\n              startTime\n            }\n            project {\n              title\n            }\n          }\n        }\n      ": types.CalendarShareGalleryMyCalendarDocument,
    "\n        query CalendarShareGalleryMyCalendar2 {\n          myCalendar(from: \"2026-12-01\", to: \"2026-11-01\") {\n            id\n          }\n        }\n      ": types.CalendarShareGalleryMyCalendar2Document,
    "\n    query CalendarShareGalleryOnCard($from: String!, $to: String!) {\n      volunteer(id: \"20000000-0000-4000-8000-000000000013\") {\n        calendar(from: $from, to: $to) {\n          shift {\n            date\n          }\n        }\n      }\n    }\n  ": types.CalendarShareGalleryOnCardDocument,
    "\n    query CalendarShareGalleryToken {\n      myCalendarFeedToken\n    }\n  ": types.CalendarShareGalleryTokenDocument,
    "\n    query CalendarShareGalleryFeed($t: String!) {\n      calendarFeed(token: $t) {\n        volunteer {\n          id\n        }\n        entries {\n          id\n          status\n          shift {\n            startsAt\n            endsAt\n          }\n          project {\n            title\n            description\n            address\n            shareCode\n            organization {\n              name\n            }\n            district {\n              name\n            }\n          }\n        }\n      }\n    }\n  ": types.CalendarShareGalleryFeedDocument,
    "\n        mutation CalendarShareGalleryRotateCalendarFeedToken {\n          rotateCalendarFeedToken\n        }\n      ": types.CalendarShareGalleryRotateCalendarFeedTokenDocument,
    "\n        mutation CalendarShareGalleryRotateCalendarFeedToken2 {\n          rotateCalendarFeedToken\n        }\n      ": types.CalendarShareGalleryRotateCalendarFeedToken2Document,
    "\n  query CalendarShareGalleryShare($c: String!) {\n    projectByShareCode(code: $c) {\n      id\n      title\n      description\n      coverImageUrl\n      startsOn\n      endsOn\n      shareCode\n      district {\n        name\n      }\n      organization {\n        name\n      }\n      shifts {\n        startsAt\n        endsAt\n      }\n      photos {\n        caption\n      }\n    }\n  }\n": types.CalendarShareGalleryShareDocument,
    "\n    mutation CalendarShareGalleryAdd($p: ID!, $i: PhotoInput!) {\n      addProjectPhoto(projectId: $p, input: $i) {\n        id\n        caption\n        takenAt\n        takenBy\n        hidden\n        project {\n          id\n        }\n      }\n    }\n  ": types.CalendarShareGalleryAddDocument,
    "\n    mutation CalendarShareGalleryHide($id: ID!, $h: Boolean!) {\n      setProjectPhotoHidden(id: $id, hidden: $h) {\n        hidden\n      }\n    }\n  ": types.CalendarShareGalleryHideDocument,
    "\n    mutation CalendarShareGalleryCover($id: ID!, $c: ProjectChanges!) {\n      updateProject(id: $id, changes: $c) {\n        coverImageUrl\n      }\n    }\n  ": types.CalendarShareGalleryCoverDocument,
    "\n    query CalendarShareGalleryQ {\n      districts {\n        code\n        projectCount\n        shiftCount\n        signupCount\n        confirmedHours\n      }\n    }\n  ": types.CalendarShareGalleryQDocument,
    "\n          query CalendarShareGalleryOrganizations($first: Int) {\n            projects(first: $first) {\n              edges {\n                node {\n                  organization {\n                    projectCount\n                    projects(first: 3) {\n                      title\n                    }\n                  }\n                }\n              }\n            }\n          }\n        ": types.CalendarShareGalleryOrganizationsDocument,
    "\n  query FindingSearch($f: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {\n    projects(filter: $f, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          startsOn\n          district {\n            code\n          }\n          organization {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FindingSearchDocument,
    "\n        mutation FindingCreateProject($i: ProjectInput!) {\n          createProject(input: $i) {\n            id\n          }\n        }\n      ": types.FindingCreateProjectDocument,
    "\n          query FindingList($first: Int) {\n            projects(first: $first) {\n              edges {\n                node {\n                  title\n                  freePlaces\n                  organization {\n                    name\n                    verified\n                  }\n                  shifts {\n                    date\n                    startTime\n                    freePlaces\n                  }\n                  district {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": types.FindingListDocument,
    "\n    query FindingNear($f: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {\n      projects(filter: $f, sort: $sort, first: $first, after: $after) {\n        totalCount\n        edges {\n          distanceKm\n          node {\n            title\n            latitude\n            longitude\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.FindingNearDocument,
    "\n    mutation FindingSignUp($shift: ID!) {\n      signUp(shiftId: $shift) {\n        id\n        status\n      }\n    }\n  ": types.FindingSignUpDocument,
    "\n        mutation FindingCancelSignup($id: ID!) {\n          cancelSignup(id: $id) {\n            id\n          }\n        }\n      ": types.FindingCancelSignupDocument,
    "\n    query FindingDetail($id: ID!) {\n      project(id: $id) {\n        shifts {\n          id\n          mySignup {\n            id\n            status\n            waitlistPosition\n          }\n        }\n      }\n    }\n  ": types.FindingDetailDocument,
    "\n    query FindingPage($id: ID!) {\n      project(id: $id) {\n        shifts {\n          id\n          mySignup {\n            id\n            status\n          }\n        }\n      }\n    }\n  ": types.FindingPageDocument,
    "\n  fragment HelpersProjectFields on Project {\n    id\n    title\n    status\n    startsOn\n    endsOn\n    shareCode\n    freePlaces\n    shifts {\n      id\n      date\n      startTime\n      endTime\n      startsAt\n      endsAt\n      capacity\n      waitlistCapacity\n      signedUpCount\n      waitlistCount\n      freePlaces\n    }\n  }\n": types.HelpersProjectFieldsFragmentDoc,
    "\n        mutation HelpersCreateProject($input: ProjectInput!) {\n          createProject(input: $input) {\n            id\n          }\n        }\n      ": types.HelpersCreateProjectDocument,
    "\n        mutation HelpersPublishProject($id: ID!) {\n          publishProject(id: $id) {\n            ...HelpersProjectFields\n          }\n        }\n      ": types.HelpersPublishProjectDocument,
    "\n    mutation HoursTotalsConfirm($ids: [ID!]!) {\n      confirmServiceRecords(ids: $ids) {\n        id\n        status\n      }\n    }\n  ": types.HoursTotalsConfirmDocument,
    "\n          query HoursTotalsL($f: VolunteerFilter) {\n            volunteers(filter: $f, first: 100) {\n              edges {\n                node {\n                  id\n                  starLevel\n                  confirmedHours\n                }\n              }\n            }\n          }\n        ": types.HoursTotalsLDocument,
    "\n  mutation HoursSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n    }\n  }\n": types.HoursSignUpDocument,
    "\n  fragment HoursRecord on ServiceRecord {\n    id\n    servedOn\n    hours\n    status\n    confirmBy\n    overdue\n    checkedInAt\n    checkedOutAt\n    rejectReason\n    project {\n      id\n    }\n    volunteer {\n      id\n    }\n    corrections {\n      id\n      status\n      requestedHours\n      previousHours\n      response\n    }\n  }\n": types.HoursRecordFragmentDoc,
    "\n  query HoursConfirmedHours($id: ID!) {\n    volunteer(id: $id) {\n      confirmedHours\n    }\n  }\n": types.HoursConfirmedHoursDocument,
    "\n        mutation HoursCheckInVolunteer($id: ID!, $at: String) {\n          checkInVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      ": types.HoursCheckInVolunteerDocument,
    "\n        mutation HoursCheckOutVolunteer($id: ID!, $at: String) {\n          checkOutVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      ": types.HoursCheckOutVolunteerDocument,
    "\n    query HoursCode($id: ID!) {\n      project(id: $id) {\n        shifts {\n          checkInCode\n        }\n      }\n    }\n  ": types.HoursCodeDocument,
    "\n    mutation HoursCheckIn($s: ID!, $c: String!) {\n      checkIn(shiftId: $s, code: $c) {\n        checkedInAt\n      }\n    }\n  ": types.HoursCheckInDocument,
    "\n    mutation HoursCheckOut($s: ID!, $c: String!) {\n      checkOut(shiftId: $s, code: $c) {\n        checkedOutAt\n      }\n    }\n  ": types.HoursCheckOutDocument,
    "\n        query HoursMyServiceRecords {\n          myServiceRecords {\n            edges {\n              node {\n                ...HoursRecord\n              }\n            }\n          }\n        }\n      ": types.HoursMyServiceRecordsDocument,
    "\n    mutation HoursCheckInLocked($s: ID!, $c: String!) {\n      checkIn(shiftId: $s, code: $c) {\n        checkedInAt\n      }\n    }\n  ": types.HoursCheckInLockedDocument,
    "\n    mutation HoursIn($id: ID!, $at: String) {\n      checkInVolunteer(signupId: $id, at: $at) {\n        checkedInAt\n      }\n    }\n  ": types.HoursInDocument,
    "\n    mutation HoursOut($id: ID!, $at: String) {\n      checkOutVolunteer(signupId: $id, at: $at) {\n        checkedOutAt\n      }\n    }\n  ": types.HoursOutDocument,
    "\n    query HoursToConfirm {\n      serviceRecordsToConfirm {\n        edges {\n          node {\n            ...HoursRecord\n          }\n        }\n      }\n    }\n  ": types.HoursToConfirmDocument,
    "\n    mutation HoursConfirm($ids: [ID!]!) {\n      confirmServiceRecords(ids: $ids) {\n        id\n        status\n      }\n    }\n  ": types.HoursConfirmDocument,
    "\n    mutation HoursOutLate($id: ID!, $at: String) {\n      checkOutVolunteer(signupId: $id, at: $at) {\n        checkedOutAt\n      }\n    }\n  ": types.HoursOutLateDocument,
    "\n        query HoursServiceRecordsToConfirm {\n          serviceRecordsToConfirm(overdueOnly: true) {\n            edges {\n              node {\n                volunteer {\n                  id\n                }\n                overdue\n                confirmBy\n              }\n            }\n          }\n        }\n      ": types.HoursServiceRecordsToConfirmDocument,
    "\n    mutation HoursAsk($r: ID!, $h: Float!, $why: String!) {\n      requestCorrection(recordId: $r, hours: $h, reason: $why) {\n        id\n        status\n        requestedHours\n        previousHours\n        record {\n          id\n        }\n      }\n    }\n  ": types.HoursAskDocument,
    "\n    mutation HoursResolve($id: ID!, $ok: Boolean!, $why: String) {\n      resolveCorrection(id: $id, accept: $ok, reason: $why) {\n        status\n        response\n        record {\n          hours\n          status\n        }\n      }\n    }\n  ": types.HoursResolveDocument,
    "\n        query HoursVolunteer($id: ID!) {\n          volunteer(id: $id) {\n            serviceRecords(first: 5) {\n              edges {\n                node {\n                  id\n                  hours\n                  corrections {\n                    status\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.HoursVolunteerDocument,
    "\n    query HoursVisibleRecords($id: ID!) {\n      volunteer(id: $id) {\n        serviceRecords(first: 3) {\n          edges {\n            node {\n              servedOn\n              hours\n              status\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    }\n  ": types.HoursVisibleRecordsDocument,
    "\n          query HoursPublicSummary($id: ID!) {\n            volunteer(id: $id) {\n              confirmedHours\n              serviceSummary {\n                recordCount\n              }\n            }\n          }\n        ": types.HoursPublicSummaryDocument,
    "\n    mutation HoursReject($id: ID!, $why: String!) {\n      rejectServiceRecord(id: $id, reason: $why) {\n        status\n        rejectReason\n      }\n    }\n  ": types.HoursRejectDocument,
    "\n  mutation InsuranceOpenCampaign($input: CampaignInput!) {\n    openCampaign(input: $input) {\n      code\n    }\n  }\n": types.InsuranceOpenCampaignDocument,
    "\n  mutation InsuranceCreateProgram($input: InsuranceProgramInput!) {\n    createInsuranceProgram(input: $input) {\n      id\n      prefix\n      quota\n      enrolled\n      remaining\n    }\n  }\n": types.InsuranceCreateProgramDocument,
    "\n  query InsuranceProgram($id: ID!) {\n    insuranceProgram(id: $id) {\n      id\n      enrolled\n      remaining\n    }\n  }\n": types.InsuranceProgramDocument,
    "\n  mutation InsuranceSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n": types.InsuranceSignUpDocument,
    "\n  query InsuranceMyPolicies {\n    myInsurancePolicies {\n      policyNumber\n      insurer\n      cover\n      maxPayout\n      coversFrom\n      coversUntil\n      program {\n        id\n        name\n      }\n      project {\n        id\n      }\n    }\n  }\n": types.InsuranceMyPoliciesDocument,
    "\n  query InsuranceVolunteerPolicies($id: ID!) {\n    volunteer(id: $id) {\n      insurancePolicies {\n        policyNumber\n      }\n    }\n  }\n": types.InsuranceVolunteerPoliciesDocument,
    "\n    mutation InsuranceCreateRisky($input: ProjectInput!) {\n      createProject(input: $input) {\n        id\n      }\n    }\n  ": types.InsuranceCreateRiskyDocument,
    "\n    mutation InsurancePublishRisky($id: ID!) {\n      publishProject(id: $id) {\n        id\n        status\n        insuranceProgram {\n          id\n        }\n        campaign {\n          code\n        }\n        shifts {\n          id\n          signedUpCount\n        }\n      }\n    }\n  ": types.InsurancePublishRiskyDocument,
    "\n  query ConsoleInbox {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          kind\n          body\n          project {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleInboxDocument,
    "\n  query ConsoleProjects($status: ProjectStatus, $first: Int, $after: String) {\n    myOrganizationProjects(status: $status, first: $first, after: $after) {\n      totalCount\n      counts {\n        draft\n        published\n        closed\n        cancelled\n        total\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          shifts {\n            capacity\n            signedUpCount\n            waitlistCount\n            freePlaces\n            cancelledAt\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleProjectsDocument,
    "\n  mutation ConsoleCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n      status\n    }\n  }\n": types.ConsoleCreateDocument,
    "\n  mutation ConsoleSignUp($shiftId: ID!) {\n    signUp(shiftId: $shiftId) {\n      id\n      status\n    }\n  }\n": types.ConsoleSignUpDocument,
    "\n  mutation ConsoleMoveShift($id: ID!, $input: ShiftTimesInput!) {\n    updateShiftTimes(id: $id, input: $input) {\n      id\n      date\n      startTime\n      endTime\n      signedUpCount\n    }\n  }\n": types.ConsoleMoveShiftDocument,
    "\n  mutation ConsoleCancelShift($id: ID!, $reason: String!) {\n    cancelShift(id: $id, reason: $reason) {\n      id\n      cancelledAt\n      cancelReason\n      signedUpCount\n      waitlistCount\n      freePlaces\n    }\n  }\n": types.ConsoleCancelShiftDocument,
    "\n  mutation ConsoleRemoveSignup($id: ID!, $reason: String!) {\n    removeSignup(signupId: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.ConsoleRemoveSignupDocument,
    "\n  mutation ConsoleNoShow($id: ID!) {\n    markNoShow(signupId: $id) {\n      id\n      noShowAt\n    }\n  }\n": types.ConsoleNoShowDocument,
    "\n      query ConsoleProject($id: ID!) {\n        project(id: $id) {\n          id\n        }\n      }\n    ": types.ConsoleProjectDocument,
    "\n      query ConsoleOpenDraft($id: ID!) {\n        project(id: $id) {\n          status\n        }\n      }\n    ": types.ConsoleOpenDraftDocument,
    "\n  mutation PublishingCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      ...HelpersProjectFields\n    }\n  }\n": types.PublishingCreateDocument,
    "\n  mutation PublishingPublish($id: ID!) {\n    publishProject(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n": types.PublishingPublishDocument,
    "\n  mutation PublishingSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n": types.PublishingSignUpDocument,
    "\n  query PublishingProject($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      status\n      contactPhone\n      organization {\n        name\n      }\n      district {\n        name\n      }\n      category {\n        name\n      }\n      subcategory {\n        name\n      }\n    }\n  }\n": types.PublishingProjectDocument,
    "\n        query PublishingServiceCategories {\n          serviceCategories {\n            code\n            name\n            subcategories {\n              code\n              name\n              categoryCode\n            }\n          }\n        }\n      ": types.PublishingServiceCategoriesDocument,
    "\n          query PublishingProjectByShareCode($c: String!) {\n            projectByShareCode(code: $c) {\n              id\n            }\n          }\n        ": types.PublishingProjectByShareCodeDocument,
    "\n          query PublishingProjectByShareCode2($c: String!) {\n            projectByShareCode(code: $c) {\n              id\n            }\n          }\n        ": types.PublishingProjectByShareCode2Document,
    "\n    query PublishingPhone($id: ID!) {\n      project(id: $id) {\n        contactPhone\n      }\n    }\n  ": types.PublishingPhoneDocument,
    "\n          mutation PublishingCancelSignup($id: ID!) {\n            cancelSignup(id: $id) {\n              id\n            }\n          }\n        ": types.PublishingCancelSignupDocument,
    "\n          query PublishingProjects {\n            projects(first: 100) {\n              edges {\n                node {\n                  contactPhone\n                }\n              }\n            }\n          }\n        ": types.PublishingProjectsDocument,
    "\n        mutation PublishingUpdateProject($id: ID!) {\n          updateProject(id: $id, changes: { title: \"被别人改掉的标题\" }) {\n            id\n          }\n        }\n      ": types.PublishingUpdateProjectDocument,
    "\n    mutation PublishingUpdateInsurance($id: ID!, $c: ProjectChanges!) {\n      updateProject(id: $id, changes: $c) {\n        id\n        insurance {\n          insurer\n          coversUntil\n        }\n      }\n    }\n  ": types.PublishingUpdateInsuranceDocument,
    "\n        query PublishingProject2($id: ID!) {\n          project(id: $id) {\n            riskLevel\n            insurance {\n              policyNumber\n            }\n          }\n        }\n      ": types.PublishingProject2Document,
    "\n    mutation PublishingUpdate($id: ID!, $c: ProjectChanges!) {\n      updateProject(id: $id, changes: $c) {\n        id\n        title\n        endsOn\n      }\n    }\n  ": types.PublishingUpdateDocument,
    "\n    mutation PublishingAdd($id: ID!, $s: ShiftInput!) {\n      addShift(projectId: $id, input: $s) {\n        date\n        startTime\n        capacity\n        project {\n          freePlaces\n          shifts {\n            id\n          }\n        }\n      }\n    }\n  ": types.PublishingAddDocument,
    "\n    mutation PublishingClose($id: ID!) {\n      closeProject(id: $id) {\n        status\n      }\n    }\n  ": types.PublishingCloseDocument,
    "\n        query PublishingProject3($id: ID!) {\n          project(id: $id) {\n            status\n            title\n            need {\n              id\n              project {\n                id\n              }\n            }\n            shifts {\n              capacity\n              startTime\n              endTime\n            }\n          }\n        }\n      ": types.PublishingProject3Document,
    "\n  query NoticesInbox {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          kind\n          body\n          project {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.NoticesInboxDocument,
    "\n  mutation NoticesConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      id\n    }\n  }\n": types.NoticesConfirmDocument,
    "\n  mutation NoticesReject($id: ID!, $reason: String!) {\n    rejectServiceRecord(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.NoticesRejectDocument,
    "\n  mutation NoticesAsk($r: ID!, $h: Float!, $why: String!) {\n    requestCorrection(recordId: $r, hours: $h, reason: $why) {\n      id\n    }\n  }\n": types.NoticesAskDocument,
    "\n  mutation NoticesAnswer($id: ID!, $accept: Boolean!, $reason: String) {\n    resolveCorrection(id: $id, accept: $accept, reason: $reason) {\n      id\n    }\n  }\n": types.NoticesAnswerDocument,
    "\n  query RecordsBatchingList($first: Int) {\n    volunteers(first: $first) {\n      edges {\n        node {\n          displayName\n          confirmedHours\n          serviceRecords(first: 3) {\n            edges {\n              node {\n                hours\n                servedOn\n                project {\n                  title\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RecordsBatchingListDocument,
    "\n  mutation RemindersSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n": types.RemindersSignUpDocument,
    "\n  mutation RemindersCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      status\n    }\n  }\n": types.RemindersCancelDocument,
    "\n  query RemindersInbox {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          kind\n          body\n          project {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.RemindersInboxDocument,
    "\n    mutation RemindersMoveShift($id: ID!, $input: ShiftTimesInput!) {\n      updateShiftTimes(id: $id, input: $input) {\n        startTime\n      }\n    }\n  ": types.RemindersMoveShiftDocument,
    "\n    mutation RemindersRecord($id: ID!, $in: String, $out: String) {\n      checkInVolunteer(signupId: $id, at: $in) {\n        id\n      }\n      checkOutVolunteer(signupId: $id, at: $out) {\n        id\n      }\n    }\n  ": types.RemindersRecordDocument,
    "\n  mutation SignupSignUp($shift: ID!, $key: String) {\n    signUp(shiftId: $shift, idempotencyKey: $key) {\n      id\n      status\n      waitlistPosition\n      shift {\n        id\n        signedUpCount\n        waitlistCount\n        freePlaces\n      }\n      project {\n        id\n      }\n      volunteer {\n        id\n      }\n    }\n  }\n": types.SignupSignUpDocument,
    "\n  mutation SignupCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      id\n      status\n      cancelledAt\n    }\n  }\n": types.SignupCancelDocument,
    "\n    query SignupVolunteerSignups($id: ID!) {\n      volunteer(id: $id) {\n        signups {\n          id\n          status\n          project {\n            title\n          }\n          shift {\n            date\n            startTime\n          }\n        }\n      }\n    }\n  ": types.SignupVolunteerSignupsDocument,
    "\n    query SignupWho($id: ID!) {\n      project(id: $id) {\n        shifts {\n          signups {\n            volunteer {\n              id\n            }\n            status\n          }\n        }\n      }\n    }\n  ": types.SignupWhoDocument,
    "\n    query SignupMySignupsPromoted {\n      mySignups {\n        id\n        status\n        promotedAt\n        waitlistPosition\n      }\n    }\n  ": types.SignupMySignupsPromotedDocument,
    "\n          query SignupMySignups {\n            mySignups(includeCancelled: true) {\n              id\n              status\n            }\n          }\n        ": types.SignupMySignupsDocument,
    "\n        query SignupMyNotifications {\n          myNotifications {\n            edges {\n              node {\n                kind\n                body\n                project {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": types.SignupMyNotificationsDocument,
    "\n    mutation SignupClose($id: ID!) {\n      closeProject(id: $id) {\n        status\n      }\n    }\n  ": types.SignupCloseDocument,
    "\n    mutation SignupCancelProject($id: ID!, $r: String!) {\n      cancelProject(id: $id, reason: $r) {\n        status\n        cancelReason\n        freePlaces\n      }\n    }\n  ": types.SignupCancelProjectDocument,
    "\n          query SignupMyNotifications2 {\n            myNotifications {\n              edges {\n                node {\n                  kind\n                  body\n                }\n              }\n            }\n          }\n        ": types.SignupMyNotifications2Document,
    "\n      mutation SignupCancelProject2($id: ID!) {\n        cancelProject(id: $id, reason: \"场地临时关闭\") {\n          status\n        }\n      }\n    ": types.SignupCancelProject2Document,
    "\n    mutation SignupUpdate($id: ID!, $c: Int!, $w: Int) {\n      updateShift(id: $id, capacity: $c, waitlistCapacity: $w) {\n        capacity\n        waitlistCapacity\n        signedUpCount\n        waitlistCount\n      }\n    }\n  ": types.SignupUpdateDocument,
    "\n            query SignupMyNotifications3 {\n              myNotifications {\n                edges {\n                  node {\n                    kind\n                  }\n                }\n              }\n            }\n          ": types.SignupMyNotifications3Document,
    "\n          query SignupMySignups2 {\n            mySignups {\n              status\n              waitlistPosition\n            }\n          }\n        ": types.SignupMySignups2Document,
    "\n  query AdminListL($filter: VolunteerFilter, $first: Int, $after: String) {\n    volunteers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          district {\n            code\n          }\n          memberSince\n          profile {\n            realName\n            idNumber\n            phone\n            skills\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminListLDocument,
    "\n    query AdminListL2($first: Int) {\n      volunteers(filter: { district: \"dongbu\" }, first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            displayName\n            memberSince\n            district {\n              name\n              volunteerCount\n            }\n            confirmedHours\n            starLevel\n            hoursToNextStar\n            points\n            badges {\n              code\n            }\n            card {\n              verificationCode\n              starLevel\n              badges {\n                name\n              }\n            }\n            serviceSummary {\n              recordCount\n              projectCount\n            }\n            profile {\n              realName\n              sex\n              birthDate\n              idNumber\n              phone\n              skills\n              serviceCategories\n              guardian {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  ": types.AdminListL2Document,
    "\n      query GrowthCardProofVolunteer {\n        volunteer(id: \"20000000-0000-4000-8000-000000000016\") {\n          confirmedHours\n          starLevel\n          points\n          badges {\n            code\n          }\n        }\n      }\n    ": types.GrowthCardProofVolunteerDocument,
    "\n  query GrowthCardProofVerifyCard($code: String!) {\n    verifyVolunteerCard(code: $code) {\n      valid\n      displayName\n      starLevel\n      confirmedHours\n      issuedIn\n    }\n  }\n": types.GrowthCardProofVerifyCardDocument,
    "\n        query GrowthCardProofMeCard {\n          me {\n            card {\n              verificationCode\n              displayName\n              starLevel\n              confirmedHours\n              memberSince\n              badges {\n                code\n                name\n              }\n            }\n          }\n        }\n      ": types.GrowthCardProofMeCardDocument,
    "\n        query GrowthCardProofVolunteerCard($id: ID!) {\n          volunteer(id: $id) {\n            card {\n              verificationCode\n            }\n          }\n        }\n      ": types.GrowthCardProofVolunteerCardDocument,
    "\n  query GrowthCardProofMyProof {\n    me {\n      serviceProof {\n        code\n        holderName\n        confirmedHours\n        recordCount\n        projectCount\n        organizationCount\n        servedFrom\n        servedTo\n        issuedAt\n      }\n    }\n  }\n": types.GrowthCardProofMyProofDocument,
    "\n      query GrowthCardProofVerifyProof($code: String!) {\n        verifyServiceProof(code: $code) {\n          code\n          holderName\n          confirmedHours\n          recordCount\n          projectCount\n          organizationCount\n          servedFrom\n          servedTo\n          issuedAt\n        }\n      }\n    ": types.GrowthCardProofVerifyProofDocument,
    "\n          query GrowthCardProofVerifyServiceProof {\n            verifyServiceProof(code: \"SP0000000000\") {\n              code\n            }\n          }\n        ": types.GrowthCardProofVerifyServiceProofDocument,
    "\n        mutation GrowthCardProofUpdateVolunteerProfile {\n          updateVolunteerProfile(input: { displayName: \"雨桐\" }) {\n            id\n          }\n        }\n      ": types.GrowthCardProofUpdateVolunteerProfileDocument,
    "\n      query GrowthCardProofP($code: String!) {\n        verifyServiceProof(code: $code) {\n          holderName\n          confirmedHours\n        }\n      }\n    ": types.GrowthCardProofPDocument,
    "\n    query GrowthCardProofVolunteerProof($id: ID!) {\n      volunteer(id: $id) {\n        displayName\n        serviceProof {\n          code\n        }\n      }\n    }\n  ": types.GrowthCardProofVolunteerProofDocument,
    "\n        query GrowthCardProofMyProofLines {\n          me {\n            serviceProof {\n              code\n              confirmedHours\n              lines {\n                project {\n                  title\n                }\n                organization {\n                  name\n                }\n                hours\n                recordCount\n                servedFrom\n                servedTo\n              }\n            }\n          }\n        }\n      ": types.GrowthCardProofMyProofLinesDocument,
    "\n      query GrowthCardProofVerifyProofLines($code: String!) {\n        verifyServiceProof(code: $code) {\n          code\n          confirmedHours\n          lines {\n            project {\n              title\n            }\n            organization {\n              name\n            }\n            hours\n            recordCount\n            servedFrom\n            servedTo\n          }\n        }\n      }\n    ": types.GrowthCardProofVerifyProofLinesDocument,
    "\n      query GrowthCardProofPeekLines($id: ID!) {\n        volunteer(id: $id) {\n          serviceSummary {\n            lines {\n              projectId\n            }\n          }\n        }\n      }\n    ": types.GrowthCardProofPeekLinesDocument,
    "\n              query GrowthCardProofP2($code: String!) {\n                verifyServiceProof(code: $code) {\n                  holderName\n                }\n              }\n            ": types.GrowthCardProofP2Document,
    "\n  mutation RegistrationR($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n      displayName\n      district {\n        code\n      }\n      memberSince\n      starLevel\n      card {\n        verificationCode\n      }\n      profile {\n        realName\n        sex\n        birthDate\n        idNumber\n        phone\n        skills\n        serviceCategories\n        unmasked\n        shareWithPartners\n        guardian {\n          name\n          relation\n          phone\n        }\n      }\n    }\n  }\n": types.RegistrationRDocument,
    "\n      mutation RegistrationUpdateVolunteerProfile {\n        updateVolunteerProfile(\n          input: {\n            displayName: \"宋同学\"\n            districtCode: \"pidu\"\n            phone: \"13512345678\"\n            skills: [\"摄影\"]\n            serviceCategories: [\"culture\"]\n          }\n        ) {\n          displayName\n          district {\n            code\n          }\n          profile {\n            phone\n            skills\n            serviceCategories\n            idNumber\n          }\n        }\n      }\n    ": types.RegistrationUpdateVolunteerProfileDocument,
    "\n        mutation RegistrationUpdateVolunteerProfile2 {\n          updateVolunteerProfile(input: { phone: \"12345\" }) {\n            id\n          }\n        }\n      ": types.RegistrationUpdateVolunteerProfile2Document,
    "\n      query RegistrationMaskedGuardian($id: ID!) {\n        volunteer(id: $id) {\n          profile {\n            guardian {\n              phone\n            }\n            idNumber\n          }\n        }\n      }\n    ": types.RegistrationMaskedGuardianDocument,
    "\n      query RegistrationMe {\n        me {\n          id\n        }\n      }\n    ": types.RegistrationMeDocument,
    "\n        mutation RegistrationUpdateVolunteerProfile3 {\n          updateVolunteerProfile(input: { displayName: \"x\" }) {\n            id\n          }\n        }\n      ": types.RegistrationUpdateVolunteerProfile3Document,
    "\n        query SeedMe {\n          me {\n            displayName\n            memberSince\n            card {\n              verificationCode\n            }\n            profile {\n              realName\n              sex\n              birthDate\n              idNumber\n              phone\n              skills\n            }\n          }\n        }\n      ": types.SeedMeDocument,
    "\n        mutation SeedUpdateVolunteerProfile {\n          updateVolunteerProfile(input: { phone: \"13600000010\" }) {\n            id\n          }\n        }\n      ": types.SeedUpdateVolunteerProfileDocument,
    "\n  query SeedHistory {\n    volunteers(first: 20) {\n      edges {\n        node {\n          id\n          memberSince\n        }\n      }\n    }\n    projects(first: 20) {\n      edges {\n        node {\n          id\n          publishedAt\n          startsOn\n          endsOn\n          organization {\n            registeredAt\n            verifiedAt\n          }\n          shifts {\n            id\n            startsAt\n            freePlaces\n          }\n        }\n      }\n    }\n  }\n": types.SeedHistoryDocument,
    "\n    mutation SeedSignUp($s: ID!) {\n      signUp(shiftId: $s) {\n        status\n      }\n    }\n  ": types.SeedSignUpDocument,
    "\n  mutation TrainingRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n": types.TrainingRegisterDocument,
    "\n  mutation TrainingCreateCourse($input: TrainingCourseInput!) {\n    createTrainingCourse(input: $input) {\n      code\n      name\n      studyHours\n      organizer\n      organization {\n        id\n      }\n    }\n  }\n": types.TrainingCreateCourseDocument,
    "\n  mutation TrainingRecord($input: RecordTrainingInput!) {\n    recordTraining(input: $input) {\n      id\n      course {\n        code\n        name\n      }\n      completedOn\n      studyHours\n      organizer\n      source\n    }\n  }\n": types.TrainingRecordDocument,
    "\n  mutation TrainingWithdraw($id: ID!) {\n    withdrawTrainingRecord(id: $id) {\n      id\n      withdrawnAt\n    }\n  }\n": types.TrainingWithdrawDocument,
    "\n  query TrainingMine {\n    me {\n      trainingRecords {\n        id\n        course {\n          code\n          name\n          content\n        }\n        completedOn\n        studyHours\n        organizer\n        source\n      }\n      trainingHours\n      serviceProof {\n        code\n        trainings {\n          courseCode\n          courseName\n          content\n          studyHours\n          organizer\n          completedOn\n        }\n        trainingHours\n      }\n    }\n  }\n": types.TrainingMineDocument,
    "\n  mutation TrainingSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n": types.TrainingSignUpDocument,
    "\n  mutation TrainingCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      status\n    }\n  }\n": types.TrainingCancelDocument,
    "\n        query TrainingCatalogue {\n          trainingCourses {\n            code\n            name\n            studyHours\n            organizer\n            organization {\n              id\n            }\n          }\n        }\n      ": types.TrainingCatalogueDocument,
    "\n        query TrainingVerifyProof($code: String!) {\n          verifyServiceProof(code: $code) {\n            trainings {\n              courseName\n              studyHours\n            }\n            trainingHours\n          }\n        }\n      ": types.TrainingVerifyProofDocument,
    "\n        query TrainingOthers($id: ID!) {\n          volunteer(id: $id) {\n            trainingRecords {\n              id\n            }\n            trainingHours\n          }\n        }\n      ": types.TrainingOthersDocument,
    "\n      mutation TrainingCreateBadProject($input: ProjectInput!) {\n        createProject(input: $input) {\n          id\n        }\n      }\n    ": types.TrainingCreateBadProjectDocument,
    "\n        query TrainingProjectCourse($id: ID!) {\n          project(id: $id) {\n            requiredCourse {\n              code\n              name\n              studyHours\n            }\n          }\n        }\n      ": types.TrainingProjectCourseDocument,
    "\n        query TrainingExport {\n          myPersonalData {\n            volunteers\n          }\n        }\n      ": types.TrainingExportDocument,
    "\n    query TrainingProjectCourses($first: Int) {\n      projects(first: $first, filter: { keyword: \"培训要求项目\" }) {\n        edges {\n          node {\n            requiredCourse {\n              name\n              organizer\n            }\n          }\n        }\n      }\n    }\n  ": types.TrainingProjectCoursesDocument,
    "\n    query TrainingVolunteerRecords($first: Int) {\n      volunteers(first: $first) {\n        edges {\n          node {\n            trainingRecords {\n              course {\n                name\n              }\n            }\n            trainingHours\n          }\n        }\n      }\n    }\n  ": types.TrainingVolunteerRecordsDocument,
    "\n  fragment VisibilityProfile on Volunteer {\n    profile {\n      realName\n      sex\n      birthDate\n      idNumber\n      phone\n      skills\n      serviceCategories\n      unmasked\n      shareWithPartners\n      consentedAt\n      guardian {\n        name\n        relation\n        phone\n      }\n    }\n  }\n": types.VisibilityProfileFragmentDoc,
    "\n  fragment VisibilityPublic on Volunteer {\n    id\n    displayName\n    district {\n      code\n      name\n    }\n    memberSince\n    starLevel\n    confirmedHours\n    badges {\n      code\n      name\n    }\n    card {\n      verificationCode\n      displayName\n      memberSince\n      starLevel\n    }\n  }\n": types.VisibilityPublicFragmentDoc,
    "\n  query VisibilityPublicVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VisibilityPublic\n      ...VisibilityProfile\n    }\n  }\n": types.VisibilityPublicVolunteerDocument,
    "\n  query VisibilityMeProfile {\n    me {\n      ...VisibilityProfile\n    }\n  }\n": types.VisibilityMeProfileDocument,
    "\n  query VisibilityMeNameProfile {\n    me {\n      displayName\n      ...VisibilityProfile\n    }\n  }\n": types.VisibilityMeNameProfileDocument,
    "\n        query VisibilityMe {\n          me {\n            ...VisibilityPublic\n            ...VisibilityProfile\n          }\n        }\n      ": types.VisibilityMeDocument,
    "\n          mutation VisibilityUpdateVolunteerProfile {\n            updateVolunteerProfile(input: { displayName: \"小太阳\" }) {\n              id\n            }\n          }\n        ": types.VisibilityUpdateVolunteerProfileDocument,
    "\n          query VisibilityVolunteer {\n            volunteer(id: \"20000000-0000-4000-8000-000000000003\") {\n              displayName\n              card {\n                displayName\n              }\n            }\n          }\n        ": types.VisibilityVolunteerDocument,
    "\n      query VisibilityChild($id: ID!) {\n        volunteer(id: $id) {\n          displayName\n          district {\n            code\n          }\n          memberSince\n          card {\n            displayName\n            memberSince\n          }\n          profile {\n            realName\n          }\n        }\n      }\n    ": types.VisibilityChildDocument,
    "\n        mutation VisibilitySetPartnerSharing {\n          setPartnerSharing(allow: false) {\n            profile {\n              shareWithPartners\n            }\n          }\n        }\n      ": types.VisibilitySetPartnerSharingDocument,
    "\n        mutation VisibilityGrantConsent {\n          grantConsent(\n            input: { recipient: APP, appId: \"tianfu-citizen-cloud\", purposes: [SHOW_MY_RECORDS], kinds: [PROFILE] }\n          ) {\n            id\n          }\n        }\n      ": types.VisibilityGrantConsentDocument,
    "\n        mutation VisibilitySetPartnerSharing3 {\n          setPartnerSharing(allow: true) {\n            id\n          }\n        }\n      ": types.VisibilitySetPartnerSharing3Document,
    "\n        mutation VisibilityUpdateVolunteerProfile2 {\n          updateVolunteerProfile(input: { displayName: \"改名\" }) {\n            id\n          }\n        }\n      ": types.VisibilityUpdateVolunteerProfile2Document,
    "\n        mutation VisibilityPartnerGrantsItself {\n          grantConsent(\n            input: { recipient: APP, appId: \"tianfu-citizen-cloud\", purposes: [SIGN_UP_FOR_ME], kinds: [ACTIVITY] }\n          ) {\n            id\n          }\n        }\n      ": types.VisibilityPartnerGrantsItselfDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation ProjectsSignUp($s: ID!) {\n              signUp(shiftId: $s) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation ProjectsSignUp($s: ID!) {\n              signUp(shiftId: $s) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BreakdownRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BreakdownRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BreakdownConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BreakdownConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BreakdownDeregister {\n    deregister(confirmation: \"DEREGISTER\") {\n      deregisteredAt\n    }\n  }\n"): (typeof documents)["\n  mutation BreakdownDeregister {\n    deregister(confirmation: \"DEREGISTER\") {\n      deregisteredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignsOpen($input: CampaignInput!) {\n    openCampaign(input: $input) {\n      code\n      name\n      startsOn\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignsOpen($input: CampaignInput!) {\n    openCampaign(input: $input) {\n      code\n      name\n      startsOn\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignsOne($code: ID!) {\n    campaign(code: $code) {\n      code\n      districts {\n        district {\n          code\n        }\n        target {\n          personTimes\n          hours\n        }\n        personTimes {\n          value\n          suppressed\n        }\n        hours {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignsOne($code: ID!) {\n    campaign(code: $code) {\n      code\n      districts {\n        district {\n          code\n        }\n        target {\n          personTimes\n          hours\n        }\n        personTimes {\n          value\n          suppressed\n        }\n        hours {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignsConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignsConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignsReject($id: ID!) {\n    rejectServiceRecord(id: $id, reason: \"未到岗\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignsReject($id: ID!) {\n    rejectServiceRecord(id: $id, reason: \"未到岗\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignsUpdate($id: ID!, $changes: ProjectChanges!) {\n    updateProject(id: $id, changes: $changes) {\n      id\n      campaign {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CampaignsUpdate($id: ID!, $changes: ProjectChanges!) {\n    updateProject(id: $id, changes: $changes) {\n      id\n      campaign {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CampaignsCreate($input: ProjectInput!) {\n      createProject(input: $input) {\n        id\n        campaign {\n          code\n          name\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CampaignsCreate($input: ProjectInput!) {\n      createProject(input: $input) {\n        id\n        campaign {\n          code\n          name\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CampaignsAsk($id: ID!) {\n      requestCorrection(recordId: $id, hours: 4, reason: \"实际服务4小时，签退时间记录有误\") {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation CampaignsAsk($id: ID!) {\n      requestCorrection(recordId: $id, hours: 4, reason: \"实际服务4小时，签退时间记录有误\") {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CampaignsResolve($id: ID!) {\n      resolveCorrection(id: $id, accept: true) {\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation CampaignsResolve($id: ID!) {\n      resolveCorrection(id: $id, accept: true) {\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CampaignsList {\n      campaigns {\n        code\n        name\n      }\n    }\n  "): (typeof documents)["\n    query CampaignsList {\n      campaigns {\n        code\n        name\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictFiguresEverywhere($from: String, $to: String) {\n    statistics(from: $from, to: $to) {\n      pidu {\n        bookings {\n          value\n          suppressed\n        }\n      }\n      xinjin {\n        pointsIssued {\n          value\n          suppressed\n        }\n      }\n      wuhou {\n        honorHours {\n          value\n          suppressed\n        }\n      }\n      qionglai {\n        villages {\n          confirmedHours {\n            value\n            suppressed\n          }\n        }\n      }\n      districts {\n        scope\n        pidu {\n          bookings {\n            value\n            suppressed\n          }\n        }\n        xinjin {\n          pointsIssued {\n            value\n            suppressed\n          }\n        }\n        wuhou {\n          honorHours {\n            value\n            suppressed\n          }\n        }\n        qionglai {\n          villages {\n            confirmedHours {\n              value\n              suppressed\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictFiguresEverywhere($from: String, $to: String) {\n    statistics(from: $from, to: $to) {\n      pidu {\n        bookings {\n          value\n          suppressed\n        }\n      }\n      xinjin {\n        pointsIssued {\n          value\n          suppressed\n        }\n      }\n      wuhou {\n        honorHours {\n          value\n          suppressed\n        }\n      }\n      qionglai {\n        villages {\n          confirmedHours {\n            value\n            suppressed\n          }\n        }\n      }\n      districts {\n        scope\n        pidu {\n          bookings {\n            value\n            suppressed\n          }\n        }\n        xinjin {\n          pointsIssued {\n            value\n            suppressed\n          }\n        }\n        wuhou {\n          honorHours {\n            value\n            suppressed\n          }\n        }\n        qionglai {\n          villages {\n            confirmedHours {\n              value\n              suppressed\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PageOpenCampaign($input: CampaignInput!) {\n      openCampaign(input: $input) {\n        code\n      }\n    }\n  "): (typeof documents)["\n    mutation PageOpenCampaign($input: CampaignInput!) {\n      openCampaign(input: $input) {\n        code\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PageConfirm($ids: [ID!]!) {\n      confirmServiceRecords(ids: $ids) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation PageConfirm($ids: [ID!]!) {\n      confirmServiceRecords(ids: $ids) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardWageRates($year: Int, $history: Boolean) {\n    wageRates(year: $year, history: $history) {\n      id\n      category {\n        code\n      }\n      year\n      ratePerHour\n      source\n      current\n    }\n  }\n"): (typeof documents)["\n  query DashboardWageRates($year: Int, $history: Boolean) {\n    wageRates(year: $year, history: $history) {\n      id\n      category {\n        code\n      }\n      year\n      ratePerHour\n      source\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardSetRate($input: WageRateInput!) {\n    setWageRate(input: $input) {\n      id\n      year\n      ratePerHour\n      current\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardSetRate($input: WageRateInput!) {\n    setWageRate(input: $input) {\n      id\n      year\n      ratePerHour\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DashboardRegister($input: RegisterVolunteerInput!) {\n      registerVolunteer(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation DashboardRegister($input: RegisterVolunteerInput!) {\n      registerVolunteer(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DashboardSignUp($shift: ID!) {\n      signUp(shiftId: $shift) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation DashboardSignUp($shift: ID!) {\n      signUp(shiftId: $shift) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DashboardCancel($id: ID!) {\n      cancelSignup(id: $id) {\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation DashboardCancel($id: ID!) {\n      cancelSignup(id: $id) {\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DashboardOrganizations($district: ID, $first: Int) {\n      organizations(district: $district, first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      needs(first: $first) {\n        totalCount\n      }\n      teams(first: $first) {\n        totalCount\n      }\n    }\n  "): (typeof documents)["\n    query DashboardOrganizations($district: ID, $first: Int) {\n      organizations(district: $district, first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      needs(first: $first) {\n        totalCount\n      }\n      teams(first: $first) {\n        totalCount\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrafficFigures($from: String, $to: String) {\n    statistics(from: $from, to: $to) {\n      traffic {\n        requests\n        queries\n        mutations\n        refused\n        peakConcurrency\n        days {\n          day\n          requests\n          queries\n          mutations\n          refused\n          peakConcurrency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrafficFigures($from: String, $to: String) {\n    statistics(from: $from, to: $to) {\n      traffic {\n        requests\n        queries\n        mutations\n        refused\n        peakConcurrency\n        days {\n          day\n          requests\n          queries\n          mutations\n          refused\n          peakConcurrency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictTraffic($district: ID!) {\n    statistics(district: $district) {\n      scope\n      confirmedHours {\n        value\n      }\n      traffic {\n        requests\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictTraffic($district: ID!) {\n    statistics(district: $district) {\n      scope\n      confirmedHours {\n        value\n      }\n      traffic {\n        requests\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrafficCategories {\n    serviceCategories {\n      code\n    }\n  }\n"): (typeof documents)["\n  query TrafficCategories {\n    serviceCategories {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrafficEditSkills($input: UpdateVolunteerProfileInput!) {\n    updateVolunteerProfile(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TrafficEditSkills($input: UpdateVolunteerProfileInput!) {\n    updateVolunteerProfile(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChenghuaMe {\n    me {\n      id\n      displayName\n      confirmedHours\n    }\n    chenghua {\n      myFamily {\n        id\n        name\n        hours\n        badge\n        members {\n          role\n          status\n          joinedOn\n          volunteer {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChenghuaMe {\n    me {\n      id\n      displayName\n      confirmedHours\n    }\n    chenghua {\n      myFamily {\n        id\n        name\n        hours\n        badge\n        members {\n          role\n          status\n          joinedOn\n          volunteer {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChenghuaCreate($name: String!) {\n    chenghuaCreateFamily(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ChenghuaCreate($name: String!) {\n    chenghuaCreateFamily(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChenghuaAdd($id: ID!) {\n    chenghuaAddMember(volunteerId: $id) {\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ChenghuaAdd($id: ID!) {\n    chenghuaAddMember(volunteerId: $id) {\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChenghuaAccept($id: ID!) {\n    chenghuaAcceptFamily(familyId: $id) {\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ChenghuaAccept($id: ID!) {\n    chenghuaAcceptFamily(familyId: $id) {\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ChenghuaRegisterMinor($input: RegisterVolunteerInput!) {\n            registerVolunteer(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ChenghuaRegisterMinor($input: RegisterVolunteerInput!) {\n            registerVolunteer(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChenghuaMarkFamilyFriendly($project: ID!, $on: Boolean!) {\n    chenghuaMarkFamilyFriendly(projectId: $project, familyFriendly: $on) {\n      id\n      chenghua {\n        familyFriendly\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChenghuaMarkFamilyFriendly($project: ID!, $on: Boolean!) {\n    chenghuaMarkFamilyFriendly(projectId: $project, familyFriendly: $on) {\n      id\n      chenghua {\n        familyFriendly\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChenghuaSignUpFamily($shift: ID!, $ids: [ID!]!) {\n    signUpFamily(shiftId: $shift, volunteerIds: $ids) {\n      id\n      status\n      volunteer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChenghuaSignUpFamily($shift: ID!, $ids: [ID!]!) {\n    signUpFamily(shiftId: $shift, volunteerIds: $ids) {\n      id\n      status\n      volunteer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChenghuaFamilyShift($id: ID!) {\n    project(id: $id) {\n      chenghua {\n        familyFriendly\n      }\n      shifts {\n        signedUpCount\n        waitlistCount\n        freePlaces\n        mySignup {\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChenghuaFamilyShift($id: ID!) {\n    project(id: $id) {\n      chenghua {\n        familyFriendly\n      }\n      shifts {\n        signedUpCount\n        waitlistCount\n        freePlaces\n        mySignup {\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DistrictsRegister($input: RegisterVolunteerInput!) {\n            registerVolunteer(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation DistrictsRegister($input: RegisterVolunteerInput!) {\n            registerVolunteer(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JinniuAlertFields on JinniuAlert {\n    id\n    skill\n    place\n    startsAt\n    needed\n    status\n    offeredCount\n    acceptedCount\n    declinedCount\n    timeToFillMinutes\n    filledAt\n    cancelledAt\n  }\n"): (typeof documents)["\n  fragment JinniuAlertFields on JinniuAlert {\n    id\n    skill\n    place\n    startsAt\n    needed\n    status\n    offeredCount\n    acceptedCount\n    declinedCount\n    timeToFillMinutes\n    filledAt\n    cancelledAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JinniuJoin($input: JinniuStandbyInput!) {\n    jinniuJoinStandby(input: $input) {\n      skills\n      availability {\n        weekday\n        from\n        to\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JinniuJoin($input: JinniuStandbyInput!) {\n    jinniuJoinStandby(input: $input) {\n      skills\n      availability {\n        weekday\n        from\n        to\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JinniuLeave {\n    jinniuLeaveStandby\n  }\n"): (typeof documents)["\n  mutation JinniuLeave {\n    jinniuLeaveStandby\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JinniuMine {\n    jinniu {\n      myStandby {\n        skills\n        availability {\n          weekday\n          from\n          to\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JinniuMine {\n    jinniu {\n      myStandby {\n        skills\n        availability {\n          weekday\n          from\n          to\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JinniuRaise($input: JinniuAlertInput!) {\n    jinniuRaiseAlert(input: $input) {\n      ...JinniuAlertFields\n    }\n  }\n"): (typeof documents)["\n  mutation JinniuRaise($input: JinniuAlertInput!) {\n    jinniuRaiseAlert(input: $input) {\n      ...JinniuAlertFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JinniuAccept($alertId: ID!) {\n    jinniuAcceptAlert(alertId: $alertId) {\n      status\n      answeredAt\n      alert {\n        id\n        status\n        acceptedCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JinniuAccept($alertId: ID!) {\n    jinniuAcceptAlert(alertId: $alertId) {\n      status\n      answeredAt\n      alert {\n        id\n        status\n        acceptedCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JinniuDecline($alertId: ID!) {\n    jinniuDeclineAlert(alertId: $alertId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation JinniuDecline($alertId: ID!) {\n    jinniuDeclineAlert(alertId: $alertId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JinniuCancel($alertId: ID!) {\n    jinniuCancelAlert(alertId: $alertId) {\n      ...JinniuAlertFields\n    }\n  }\n"): (typeof documents)["\n  mutation JinniuCancel($alertId: ID!) {\n    jinniuCancelAlert(alertId: $alertId) {\n      ...JinniuAlertFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JinniuAlert($id: ID!) {\n    jinniu {\n      alert(id: $id) {\n        ...JinniuAlertFields\n        myOffer {\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JinniuAlert($id: ID!) {\n    jinniu {\n      alert(id: $id) {\n        ...JinniuAlertFields\n        myOffer {\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JinniuOffers($status: JinniuOfferStatus, $first: Int, $after: String) {\n    jinniu {\n      myOffers(status: $status, first: $first, after: $after) {\n        edges {\n          node {\n            status\n            alert {\n              id\n              place\n              status\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JinniuOffers($status: JinniuOfferStatus, $first: Int, $after: String) {\n    jinniu {\n      myOffers(status: $status, first: $first, after: $after) {\n        edges {\n          node {\n            status\n            alert {\n              id\n              place\n              status\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JinniuAlerts($first: Int, $after: String) {\n    jinniu {\n      alerts(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            offeredCount\n            acceptedCount\n            myOffer {\n              status\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JinniuAlerts($first: Int, $after: String) {\n    jinniu {\n      alerts(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            offeredCount\n            acceptedCount\n            myOffer {\n              status\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query JinniuMixed {\n          district(code: \"jinniu\") {\n            name\n            volunteerCount\n            projectCount\n            jinniu {\n              title\n              features\n            }\n          }\n          me {\n            displayName\n            district {\n              code\n            }\n          }\n          jinniu {\n            skills\n            myStandby {\n              skills\n            }\n            myOffers(first: 5) {\n              edges {\n                node {\n                  status\n                  alert {\n                    place\n                    needed\n                    acceptedCount\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query JinniuMixed {\n          district(code: \"jinniu\") {\n            name\n            volunteerCount\n            projectCount\n            jinniu {\n              title\n              features\n            }\n          }\n          me {\n            displayName\n            district {\n              code\n            }\n          }\n          jinniu {\n            skills\n            myStandby {\n              skills\n            }\n            myOffers(first: 5) {\n              edges {\n                node {\n                  status\n                  alert {\n                    place\n                    needed\n                    acceptedCount\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JinniuMyData {\n    myPersonalData {\n      volunteerId\n      jinniu\n    }\n  }\n"): (typeof documents)["\n  query JinniuMyData {\n    myPersonalData {\n      volunteerId\n      jinniu\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JinniuDeregister {\n    deregister(confirmation: \"DEREGISTER\") {\n      deregisteredAt\n    }\n  }\n"): (typeof documents)["\n  mutation JinniuDeregister {\n    deregister(confirmation: \"DEREGISTER\") {\n      deregisteredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LongquanyiStanding {\n    me {\n      id\n      displayName\n      confirmedHours\n      starLevel\n      longquanyi {\n        hours\n        points\n        awardedPoints\n        stars\n        title\n        nextLevel {\n          stars\n          hours\n          points\n        }\n        bankedHours\n        noShowsInYear\n        suspendedUntil\n      }\n    }\n  }\n"): (typeof documents)["\n  query LongquanyiStanding {\n    me {\n      id\n      displayName\n      confirmedHours\n      starLevel\n      longquanyi {\n        hours\n        points\n        awardedPoints\n        stars\n        title\n        nextLevel {\n          stars\n          hours\n          points\n        }\n        bankedHours\n        noShowsInYear\n        suspendedUntil\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LongquanyiAward($input: LongquanyiAwardInput!) {\n    longquanyiAwardPoints(input: $input) {\n      id\n      points\n      volunteer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LongquanyiAward($input: LongquanyiAwardInput!) {\n    longquanyiAwardPoints(input: $input) {\n      id\n      points\n      volunteer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LongquanyiCallIn($input: LongquanyiCallInInput!) {\n    longquanyiCallIn(input: $input) {\n      id\n      hours\n      service\n    }\n  }\n"): (typeof documents)["\n  mutation LongquanyiCallIn($input: LongquanyiCallInInput!) {\n    longquanyiCallIn(input: $input) {\n      id\n      hours\n      service\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LongquanyiLevels {\n        longquanyi {\n          levels {\n            stars\n            hours\n            points\n          }\n        }\n      }\n    "): (typeof documents)["\n      query LongquanyiLevels {\n        longquanyi {\n          levels {\n            stars\n            hours\n            points\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LongquanyiReadOther($id: ID!) {\n      volunteer(id: $id) {\n        longquanyi {\n          awardedPoints\n        }\n      }\n    }\n  "): (typeof documents)["\n    query LongquanyiReadOther($id: ID!) {\n      volunteer(id: $id) {\n        longquanyi {\n          awardedPoints\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LongquanyiCallIns($after: String) {\n      me {\n        longquanyi {\n          callIns(first: 5, after: $after) {\n            edges {\n              node {\n                id\n                hours\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query LongquanyiCallIns($after: String) {\n      me {\n        longquanyi {\n          callIns(first: 5, after: $after) {\n            edges {\n              node {\n                id\n                hours\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LongquanyiSignUp($s: ID!) {\n          signUp(shiftId: $s) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation LongquanyiSignUp($s: ID!) {\n          signUp(shiftId: $s) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LongquanyiMarkNoShow($id: ID!) {\n      markNoShow(signupId: $id) {\n        id\n        noShowAt\n      }\n    }\n  "): (typeof documents)["\n    mutation LongquanyiMarkNoShow($id: ID!) {\n      markNoShow(signupId: $id) {\n        id\n        noShowAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LongquanyiLateCheckIn($id: ID!, $at: String) {\n          checkInVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation LongquanyiLateCheckIn($id: ID!, $at: String) {\n          checkInVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PiduTimeBankAccount on PiduVolunteer {\n    balance\n    held\n    cap\n    canSpend\n    uncreditedHours\n  }\n"): (typeof documents)["\n  fragment PiduTimeBankAccount on PiduVolunteer {\n    balance\n    held\n    cap\n    canSpend\n    uncreditedHours\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PiduTimeBankMyAccount {\n        pidu {\n          myAccount {\n            ...PiduTimeBankAccount\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PiduTimeBankMyAccount {\n        pidu {\n          myAccount {\n            ...PiduTimeBankAccount\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PiduTimeBankMeAccount {\n        me {\n          displayName\n          starLevel\n          confirmedHours\n          pidu {\n            ...PiduTimeBankAccount\n            entries(first: 2) {\n              edges {\n                node {\n                  kind\n                  amount\n                  balanceAfter\n                  recordId\n                }\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PiduTimeBankMeAccount {\n        me {\n          displayName\n          starLevel\n          confirmedHours\n          pidu {\n            ...PiduTimeBankAccount\n            entries(first: 2) {\n              edges {\n                node {\n                  kind\n                  amount\n                  balanceAfter\n                  recordId\n                }\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PiduTimeBankMe {\n        me {\n          starLevel\n          confirmedHours\n          pidu {\n            balance\n            uncreditedHours\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PiduTimeBankMe {\n        me {\n          starLevel\n          confirmedHours\n          pidu {\n            balance\n            uncreditedHours\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PiduTimeBankVolunteerBalance($id: ID!) {\n      volunteer(id: $id) {\n        displayName\n        pidu {\n          balance\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PiduTimeBankVolunteerBalance($id: ID!) {\n      volunteer(id: $id) {\n        displayName\n        pidu {\n          balance\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PiduTimeBankPidu {\n          pidu {\n            myAccount {\n              entries(first: 2) {\n                edges {\n                  node {\n                    kind\n                    amount\n                    recordId\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PiduTimeBankPidu {\n          pidu {\n            myAccount {\n              entries(first: 2) {\n                edges {\n                  node {\n                    kind\n                    amount\n                    recordId\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PiduTimeBankPiduGiveCredits($to: ID!, $a: Float!) {\n          piduGiveCredits(toVolunteerId: $to, amount: $a) {\n            balance\n          }\n        }\n      "): (typeof documents)["\n        mutation PiduTimeBankPiduGiveCredits($to: ID!, $a: Float!) {\n          piduGiveCredits(toVolunteerId: $to, amount: $a) {\n            balance\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PiduTimeBankPiduDeclareFamily($id: ID!) {\n            piduDeclareFamily(relativeVolunteerId: $id, relation: CHILD) {\n              id\n              status\n              relation\n              declaredBy {\n                id\n              }\n              relative {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PiduTimeBankPiduDeclareFamily($id: ID!) {\n            piduDeclareFamily(relativeVolunteerId: $id, relation: CHILD) {\n              id\n              status\n              relation\n              declaredBy {\n                id\n              }\n              relative {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PiduTimeBankAccept($id: ID!) {\n        piduAcceptFamily(linkId: $id) {\n          status\n          acceptedAt\n        }\n      }\n    "): (typeof documents)["\n      mutation PiduTimeBankAccept($id: ID!) {\n        piduAcceptFamily(linkId: $id) {\n          status\n          acceptedAt\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PiduTimeBankPiduDeclareFamily2($id: ID!) {\n            piduDeclareFamily(relativeVolunteerId: $id, relation: PARENT) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation PiduTimeBankPiduDeclareFamily2($id: ID!) {\n            piduDeclareFamily(relativeVolunteerId: $id, relation: PARENT) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PiduTimeBankPiduGiveCredits2 {\n            piduGiveCredits(toVolunteerId: \"nope\", amount: 1) {\n              balance\n            }\n          }\n        "): (typeof documents)["\n          mutation PiduTimeBankPiduGiveCredits2 {\n            piduGiveCredits(toVolunteerId: \"nope\", amount: 1) {\n              balance\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation PiduTimeBankPiduGiveCredits3($to: ID!) {\n              piduGiveCredits(toVolunteerId: $to, amount: 20) {\n                balance\n              }\n            }\n          "): (typeof documents)["\n            mutation PiduTimeBankPiduGiveCredits3($to: ID!) {\n              piduGiveCredits(toVolunteerId: $to, amount: 20) {\n                balance\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PiduTimeBankBook($id: ID!) {\n      piduBookService(offerId: $id) {\n        id\n        status\n        credits\n        offer {\n          title\n        }\n        buyer {\n          id\n        }\n        provider {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation PiduTimeBankBook($id: ID!) {\n      piduBookService(offerId: $id) {\n        id\n        status\n        credits\n        offer {\n          title\n        }\n        buyer {\n          id\n        }\n        provider {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PiduTimeBankComplete($id: ID!) {\n      piduCompleteBooking(bookingId: $id) {\n        status\n        settledAt\n      }\n    }\n  "): (typeof documents)["\n    mutation PiduTimeBankComplete($id: ID!) {\n      piduCompleteBooking(bookingId: $id) {\n        status\n        settledAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PiduTimeBankCancel($id: ID!) {\n      piduCancelBooking(bookingId: $id) {\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation PiduTimeBankCancel($id: ID!) {\n      piduCancelBooking(bookingId: $id) {\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PiduTimeBankPidu2 {\n            pidu {\n              offers(first: 3) {\n                edges {\n                  node {\n                    title\n                    credits\n                    place\n                    provider {\n                      displayName\n                    }\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PiduTimeBankPidu2 {\n            pidu {\n              offers(first: 3) {\n                edges {\n                  node {\n                    title\n                    credits\n                    place\n                    provider {\n                      displayName\n                    }\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PiduTimeBankPidu3($after: String) {\n            pidu {\n              offers(first: 3, after: $after) {\n                edges {\n                  node {\n                    title\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PiduTimeBankPidu3($after: String) {\n            pidu {\n              offers(first: 3, after: $after) {\n                edges {\n                  node {\n                    title\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PiduTimeBankPidu4 {\n            pidu {\n              offers(first: 101) {\n                edges {\n                  cursor\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PiduTimeBankPidu4 {\n            pidu {\n              offers(first: 101) {\n                edges {\n                  cursor\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PiduTimeBankPost($input: PiduOfferInput!) {\n        piduPostOffer(input: $input) {\n          id\n          title\n          status\n          provider {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation PiduTimeBankPost($input: PiduOfferInput!) {\n        piduPostOffer(input: $input) {\n          id\n          title\n          status\n          provider {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PiduTimeBankWithdraw($id: ID!) {\n        piduWithdrawOffer(offerId: $id) {\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation PiduTimeBankWithdraw($id: ID!) {\n        piduWithdrawOffer(offerId: $id) {\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PiduTimeBankPidu5 {\n            pidu {\n              myBookings(role: BUYER, first: 100) {\n                edges {\n                  node {\n                    status\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PiduTimeBankPidu5 {\n            pidu {\n              myBookings(role: BUYER, first: 100) {\n                edges {\n                  node {\n                    status\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PiduTimeBankPidu6 {\n            pidu {\n              myBookings(role: PROVIDER, first: 50) {\n                edges {\n                  node {\n                    status\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PiduTimeBankPidu6 {\n            pidu {\n              myBookings(role: PROVIDER, first: 50) {\n                edges {\n                  node {\n                    status\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PiduTimeBankPidu7 {\n            pidu {\n              myBookings(role: BUYER, first: 100) {\n                edges {\n                  node {\n                    id\n                    status\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PiduTimeBankPidu7 {\n            pidu {\n              myBookings(role: BUYER, first: 100) {\n                edges {\n                  node {\n                    id\n                    status\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PiduTimeBankManyAccounts {\n      volunteers(first: 16) {\n        edges {\n          node {\n            displayName\n            starLevel\n            pidu {\n              balance\n              canSpend\n              uncreditedHours\n              family {\n                relation\n                relative {\n                  displayName\n                }\n              }\n              entries(first: 3) {\n                edges {\n                  node {\n                    kind\n                    amount\n                    counterpart {\n                      displayName\n                    }\n                    booking {\n                      status\n                      offer {\n                        title\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PiduTimeBankManyAccounts {\n      volunteers(first: 16) {\n        edges {\n          node {\n            displayName\n            starLevel\n            pidu {\n              balance\n              canSpend\n              uncreditedHours\n              family {\n                relation\n                relative {\n                  displayName\n                }\n              }\n              entries(first: 3) {\n                edges {\n                  node {\n                    kind\n                    amount\n                    counterpart {\n                      displayName\n                    }\n                    booking {\n                      status\n                      offer {\n                        title\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PiduTimeBankGive($to: ID!, $a: Float!, $k: String) {\n      piduGiveCredits(toVolunteerId: $to, amount: $a, idempotencyKey: $k) {\n        balance\n      }\n    }\n  "): (typeof documents)["\n    mutation PiduTimeBankGive($to: ID!, $a: Float!, $k: String) {\n      piduGiveCredits(toVolunteerId: $to, amount: $a, idempotencyKey: $k) {\n        balance\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PiduTimeBankBookOnce($id: ID!, $k: String) {\n      piduBookService(offerId: $id, idempotencyKey: $k) {\n        id\n        status\n        credits\n      }\n    }\n  "): (typeof documents)["\n    mutation PiduTimeBankBookOnce($id: ID!, $k: String) {\n      piduBookService(offerId: $id, idempotencyKey: $k) {\n        id\n        status\n        credits\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PiduTimeBankPiduDeclareFamily3($id: ID!) {\n            piduDeclareFamily(relativeVolunteerId: $id, relation: GRANDCHILD) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation PiduTimeBankPiduDeclareFamily3($id: ID!) {\n            piduDeclareFamily(relativeVolunteerId: $id, relation: GRANDCHILD) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PiduTimeBankPiduAcceptFamily($id: ID!) {\n            piduAcceptFamily(linkId: $id) {\n              status\n            }\n          }\n        "): (typeof documents)["\n          mutation PiduTimeBankPiduAcceptFamily($id: ID!) {\n            piduAcceptFamily(linkId: $id) {\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PiduTimeBankPiduCancelBooking($id: ID!) {\n            piduCancelBooking(bookingId: $id) {\n              status\n            }\n          }\n        "): (typeof documents)["\n          mutation PiduTimeBankPiduCancelBooking($id: ID!) {\n            piduCancelBooking(bookingId: $id) {\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PiduXinjinEventsAccounts {\n      pidu {\n        myAccount {\n          balance\n        }\n      }\n      xinjin {\n        myAccount {\n          points\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PiduXinjinEventsAccounts {\n      pidu {\n        myAccount {\n          balance\n        }\n      }\n      xinjin {\n        myAccount {\n          points\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation R($input: RegisterVolunteerInput!) {\n          registerVolunteer(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation R($input: RegisterVolunteerInput!) {\n          registerVolunteer(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PiduXinjinEventsSignUp($s: ID!) {\n          signUp(shiftId: $s) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PiduXinjinEventsSignUp($s: ID!) {\n          signUp(shiftId: $s) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PiduXinjinEventsCheckInVolunteer($id: ID!, $at: String) {\n          checkInVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PiduXinjinEventsCheckInVolunteer($id: ID!, $at: String) {\n          checkInVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PiduXinjinEventsCheckOutVolunteer($id: ID!, $at: String) {\n          checkOutVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PiduXinjinEventsCheckOutVolunteer($id: ID!, $at: String) {\n          checkOutVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PiduXinjinEventsConfirmServiceRecords($ids: [ID!]!) {\n          confirmServiceRecords(ids: $ids) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation PiduXinjinEventsConfirmServiceRecords($ids: [ID!]!) {\n          confirmServiceRecords(ids: $ids) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PiduXinjinEventsMe {\n        me {\n          district {\n            name\n          }\n          confirmedHours\n          starLevel\n          points\n          pidu {\n            balance\n            canSpend\n            entries(first: 1) {\n              edges {\n                node {\n                  kind\n                  amount\n                  recordId\n                }\n              }\n            }\n          }\n          xinjin {\n            points\n            earnedPoints\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PiduXinjinEventsMe {\n        me {\n          district {\n            name\n          }\n          confirmedHours\n          starLevel\n          points\n          pidu {\n            balance\n            canSpend\n            entries(first: 1) {\n              edges {\n                node {\n                  kind\n                  amount\n                  recordId\n                }\n              }\n            }\n          }\n          xinjin {\n            points\n            earnedPoints\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query P($id: ID!) {\n    qionglai {\n      place(id: $id) {\n        name\n        town\n        kind\n        figures {\n          projectCount\n          confirmedHours\n          volunteerCount\n        }\n        projects(first: 5) {\n          edges {\n            node {\n              theme\n              project {\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query P($id: ID!) {\n    qionglai {\n      place(id: $id) {\n        name\n        town\n        kind\n        figures {\n          projectCount\n          confirmedHours\n          volunteerCount\n        }\n        projects(first: 5) {\n          edges {\n            node {\n              theme\n              project {\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation T($input: QionglaiTagProjectInput!) {\n    qionglaiTagProject(input: $input) {\n      theme\n      place {\n        name\n      }\n      project {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation T($input: QionglaiTagProjectInput!) {\n    qionglaiTagProject(input: $input) {\n      theme\n      place {\n        name\n      }\n      project {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query S($id: ID!) {\n    project(id: $id) {\n      title\n      district {\n        code\n      }\n      qionglai {\n        theme\n        place {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query S($id: ID!) {\n    project(id: $id) {\n      title\n      district {\n        code\n      }\n      qionglai {\n        theme\n        place {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Q($id: ID!) {\n          project(id: $id) {\n            title\n            organization {\n              name\n            }\n            district {\n              name\n              projectCount\n              qionglai {\n                title\n                features\n              }\n            }\n            qionglai {\n              theme\n              taggedAt\n              place {\n                name\n                town\n                figures {\n                  projectCount\n                  confirmedHours\n                  volunteerCount\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Q($id: ID!) {\n          project(id: $id) {\n            title\n            organization {\n              name\n            }\n            district {\n              name\n              projectCount\n              qionglai {\n                title\n                features\n              }\n            }\n            qionglai {\n              theme\n              taggedAt\n              place {\n                name\n                town\n                figures {\n                  projectCount\n                  confirmedHours\n                  volunteerCount\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query QionglaiPlaces($first: Int, $after: String) {\n      qionglai {\n        places(first: $first, after: $after) {\n          edges {\n            node {\n              name\n              town\n              figures {\n                projectCount\n                confirmedHours\n              }\n              projects(first: 2) {\n                edges {\n                  node {\n                    theme\n                  }\n                }\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query QionglaiPlaces($first: Int, $after: String) {\n      qionglai {\n        places(first: $first, after: $after) {\n          edges {\n            node {\n              name\n              town\n              figures {\n                projectCount\n                confirmedHours\n              }\n              projects(first: 2) {\n                edges {\n                  node {\n                    theme\n                  }\n                }\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query QionglaiQionglai {\n          qionglai {\n            places(kind: COMMUNITY, first: 10) {\n              edges {\n                node {\n                  name\n                  kind\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query QionglaiQionglai {\n          qionglai {\n            places(kind: COMMUNITY, first: 10) {\n              edges {\n                node {\n                  name\n                  kind\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query QionglaiT($id: ID!, $theme: QionglaiTheme) {\n      qionglai {\n        place(id: $id) {\n          projects(theme: $theme, first: 5) {\n            edges {\n              node {\n                project {\n                  title\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query QionglaiT($id: ID!, $theme: QionglaiTheme) {\n      qionglai {\n        place(id: $id) {\n          projects(theme: $theme, first: 5) {\n            edges {\n              node {\n                project {\n                  title\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation U($id: ID!) {\n          qionglaiUntagProject(projectId: $id)\n        }\n      "): (typeof documents)["\n        mutation U($id: ID!) {\n          qionglaiUntagProject(projectId: $id)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation QionglaiU($id: ID!) {\n      qionglaiUntagProject(projectId: $id)\n    }\n  "): (typeof documents)["\n    mutation QionglaiU($id: ID!) {\n      qionglaiUntagProject(projectId: $id)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation QionglaiRequestCorrection($id: ID!, $hours: Float!) {\n          requestCorrection(recordId: $id, hours: $hours, reason: \"下午提前离开，多记了两小时\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation QionglaiRequestCorrection($id: ID!, $hours: Float!) {\n          requestCorrection(recordId: $id, hours: $hours, reason: \"下午提前离开，多记了两小时\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation QionglaiR($id: ID!) {\n          resolveCorrection(id: $id, accept: true) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation QionglaiR($id: ID!) {\n          resolveCorrection(id: $id, accept: true) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShuangliuShiftFields on ShuangliuShift {\n    takenAt\n    checkedInAt\n    checkedOutAt\n    hours\n    slot {\n      id\n      taken\n      free\n      capacity\n    }\n  }\n"): (typeof documents)["\n  fragment ShuangliuShiftFields on ShuangliuShift {\n    takenAt\n    checkedInAt\n    checkedOutAt\n    hours\n    slot {\n      id\n      taken\n      free\n      capacity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShuangliuAddPost($input: ShuangliuPostInput!) {\n    shuangliuAddPost(input: $input) {\n      id\n      hub\n      name\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ShuangliuAddPost($input: ShuangliuPostInput!) {\n    shuangliuAddPost(input: $input) {\n      id\n      hub\n      name\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShuangliuSetPost($postId: ID!, $active: Boolean!) {\n    shuangliuSetPostActive(postId: $postId, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ShuangliuSetPost($postId: ID!, $active: Boolean!) {\n    shuangliuSetPostActive(postId: $postId, active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShuangliuAddSlot($input: ShuangliuSlotInput!) {\n    shuangliuAddSlot(input: $input) {\n      id\n      day\n      startsAt\n      endsAt\n      capacity\n      taken\n      free\n    }\n  }\n"): (typeof documents)["\n  mutation ShuangliuAddSlot($input: ShuangliuSlotInput!) {\n    shuangliuAddSlot(input: $input) {\n      id\n      day\n      startsAt\n      endsAt\n      capacity\n      taken\n      free\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShuangliuCapacity($slotId: ID!, $capacity: Int!) {\n    shuangliuSetSlotCapacity(slotId: $slotId, capacity: $capacity) {\n      capacity\n      taken\n    }\n  }\n"): (typeof documents)["\n  mutation ShuangliuCapacity($slotId: ID!, $capacity: Int!) {\n    shuangliuSetSlotCapacity(slotId: $slotId, capacity: $capacity) {\n      capacity\n      taken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShuangliuTake($slotId: ID!) {\n    shuangliuTakeSlot(slotId: $slotId) {\n      ...ShuangliuShiftFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShuangliuTake($slotId: ID!) {\n    shuangliuTakeSlot(slotId: $slotId) {\n      ...ShuangliuShiftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShuangliuRelease($slotId: ID!) {\n    shuangliuReleaseSlot(slotId: $slotId)\n  }\n"): (typeof documents)["\n  mutation ShuangliuRelease($slotId: ID!) {\n    shuangliuReleaseSlot(slotId: $slotId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShuangliuCheckIn($slotId: ID!) {\n    shuangliuCheckIn(slotId: $slotId) {\n      ...ShuangliuShiftFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShuangliuCheckIn($slotId: ID!) {\n    shuangliuCheckIn(slotId: $slotId) {\n      ...ShuangliuShiftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShuangliuCheckOut($slotId: ID!) {\n    shuangliuCheckOut(slotId: $slotId) {\n      ...ShuangliuShiftFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShuangliuCheckOut($slotId: ID!) {\n    shuangliuCheckOut(slotId: $slotId) {\n      ...ShuangliuShiftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShuangliuRota($postId: ID!, $day: String!) {\n    shuangliu {\n      post(id: $postId) {\n        name\n        hoursServed\n        shiftsServed\n        rota(day: $day) {\n          id\n          startsAt\n          capacity\n          taken\n          myShift {\n            takenAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShuangliuRota($postId: ID!, $day: String!) {\n    shuangliu {\n      post(id: $postId) {\n        name\n        hoursServed\n        shiftsServed\n        rota(day: $day) {\n          id\n          startsAt\n          capacity\n          taken\n          myShift {\n            takenAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShuangliuVolunteerHours($id: ID!) {\n    volunteer(id: $id) {\n      shuangliu {\n        hours\n        shifts\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShuangliuVolunteerHours($id: ID!) {\n    volunteer(id: $id) {\n      shuangliu {\n        hours\n        shifts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ShuangliuMixed($day: String!) {\n          district(code: \"shuangliu\") {\n            name\n            organizationCount\n            shuangliu {\n              title\n              features\n            }\n          }\n          volunteer(id: \"20000000-0000-4000-8000-000000000010\") {\n            displayName\n            confirmedHours\n            shuangliu {\n              hours\n              shifts\n            }\n          }\n          shuangliu {\n            hubs {\n              name\n              figures {\n                activePosts\n                checkIns\n                volunteers\n                hoursServed\n              }\n              posts(first: 5) {\n                edges {\n                  node {\n                    name\n                    rota(day: $day) {\n                      startsAt\n                      free\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ShuangliuMixed($day: String!) {\n          district(code: \"shuangliu\") {\n            name\n            organizationCount\n            shuangliu {\n              title\n              features\n            }\n          }\n          volunteer(id: \"20000000-0000-4000-8000-000000000010\") {\n            displayName\n            confirmedHours\n            shuangliu {\n              hours\n              shifts\n            }\n          }\n          shuangliu {\n            hubs {\n              name\n              figures {\n                activePosts\n                checkIns\n                volunteers\n                hoursServed\n              }\n              posts(first: 5) {\n                edges {\n                  node {\n                    name\n                    rota(day: $day) {\n                      startsAt\n                      free\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ShuangliuMyShifts($first: Int, $after: String) {\n          shuangliu {\n            myShifts(first: $first, after: $after) {\n              edges {\n                node {\n                  hours\n                  slot {\n                    id\n                    post {\n                      name\n                    }\n                  }\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ShuangliuMyShifts($first: Int, $after: String) {\n          shuangliu {\n            myShifts(first: $first, after: $after) {\n              edges {\n                node {\n                  hours\n                  slot {\n                    id\n                    post {\n                      name\n                    }\n                  }\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ShuangliuFigures($from: String, $to: String, $first: Int, $after: String, $day: String!) {\n      shuangliu {\n        hubs {\n          name\n          figures(from: $from, to: $to) {\n            slots\n            places\n            placesTaken\n            hoursServed\n          }\n          posts(first: $first, after: $after) {\n            edges {\n              node {\n                id\n                hoursServed\n                rota(day: $day) {\n                  id\n                  free\n                }\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ShuangliuFigures($from: String, $to: String, $first: Int, $after: String, $day: String!) {\n      shuangliu {\n        hubs {\n          name\n          figures(from: $from, to: $to) {\n            slots\n            places\n            placesTaken\n            hoursServed\n          }\n          posts(first: $first, after: $after) {\n            edges {\n              node {\n                id\n                hoursServed\n                rota(day: $day) {\n                  id\n                  free\n                }\n              }\n            }\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShuangliuMyData {\n    myPersonalData {\n      volunteerId\n      shuangliu\n    }\n  }\n"): (typeof documents)["\n  query ShuangliuMyData {\n    myPersonalData {\n      volunteerId\n      shuangliu\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShuangliuDeregister {\n    deregister(confirmation: \"DEREGISTER\") {\n      deregisteredAt\n    }\n  }\n"): (typeof documents)["\n  mutation ShuangliuDeregister {\n    deregister(confirmation: \"DEREGISTER\") {\n      deregisteredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WuhouNeedFields on WuhouNeed {\n    id\n    title\n    status\n    street\n    urgency\n    postedByMe\n    contact {\n      phone\n      addressDetail\n    }\n    taker {\n      id\n      displayName\n    }\n    honorHours\n    hidden\n    hiddenReason\n  }\n"): (typeof documents)["\n  fragment WuhouNeedFields on WuhouNeed {\n    id\n    title\n    status\n    street\n    urgency\n    postedByMe\n    contact {\n      phone\n      addressDetail\n    }\n    taker {\n      id\n      displayName\n    }\n    honorHours\n    hidden\n    hiddenReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WuhouPost($input: WuhouPostNeedInput!) {\n    wuhouPostNeed(input: $input) {\n      ...WuhouNeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation WuhouPost($input: WuhouPostNeedInput!) {\n    wuhouPostNeed(input: $input) {\n      ...WuhouNeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WuhouTake($id: ID!) {\n    wuhouTakeNeed(id: $id) {\n      ...WuhouNeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation WuhouTake($id: ID!) {\n    wuhouTakeNeed(id: $id) {\n      ...WuhouNeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WuhouDone($id: ID!, $hours: Float) {\n    wuhouConfirmNeedDone(id: $id, hours: $hours) {\n      ...WuhouNeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation WuhouDone($id: ID!, $hours: Float) {\n    wuhouConfirmNeedDone(id: $id, hours: $hours) {\n      ...WuhouNeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WuhouCancel($id: ID!) {\n    wuhouCancelNeed(id: $id) {\n      ...WuhouNeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation WuhouCancel($id: ID!) {\n    wuhouCancelNeed(id: $id) {\n      ...WuhouNeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WuhouModerate($id: ID!, $hidden: Boolean!, $reason: String) {\n    wuhouModerateNeed(id: $id, hidden: $hidden, reason: $reason) {\n      ...WuhouNeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation WuhouModerate($id: ID!, $hidden: Boolean!, $reason: String) {\n    wuhouModerateNeed(id: $id, hidden: $hidden, reason: $reason) {\n      ...WuhouNeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WuhouNeed($id: ID!) {\n    wuhou {\n      need(id: $id) {\n        ...WuhouNeedFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query WuhouNeed($id: ID!) {\n    wuhou {\n      need(id: $id) {\n        ...WuhouNeedFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query B($first: Int, $after: String, $street: String) {\n    wuhou {\n      needs(first: $first, after: $after, street: $street) {\n        edges {\n          node {\n            id\n            title\n            neededAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query B($first: Int, $after: String, $street: String) {\n    wuhou {\n      needs(first: $first, after: $after, street: $street) {\n        edges {\n          node {\n            id\n            title\n            neededAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query H($id: ID!) {\n    volunteer(id: $id) {\n      displayName\n      confirmedHours\n      points\n      wuhou {\n        honorHours\n        completedNeedCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query H($id: ID!) {\n    volunteer(id: $id) {\n      displayName\n      confirmedHours\n      points\n      wuhou {\n        honorHours\n        completedNeedCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query WuhouQ($id: ID!) {\n          district(code: \"wuhou\") {\n            name\n            projectCount\n            wuhou {\n              title\n              features\n            }\n          }\n          volunteer(id: $id) {\n            displayName\n            starLevel\n            confirmedHours\n            wuhou {\n              honorHours\n              completedNeedCount\n            }\n          }\n          wuhou {\n            streets\n            needs(first: 10) {\n              edges {\n                node {\n                  title\n                  street\n                  community\n                  urgency\n                  neededAt\n                  contact {\n                    phone\n                  }\n                  taker {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query WuhouQ($id: ID!) {\n          district(code: \"wuhou\") {\n            name\n            projectCount\n            wuhou {\n              title\n              features\n            }\n          }\n          volunteer(id: $id) {\n            displayName\n            starLevel\n            confirmedHours\n            wuhou {\n              honorHours\n              completedNeedCount\n            }\n          }\n          wuhou {\n            streets\n            needs(first: 10) {\n              edges {\n                node {\n                  title\n                  street\n                  community\n                  urgency\n                  neededAt\n                  contact {\n                    phone\n                  }\n                  taker {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query WuhouWuhou {\n          wuhou {\n            myTakenNeeds(first: 5) {\n              edges {\n                node {\n                  id\n                  status\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query WuhouWuhou {\n          wuhou {\n            myTakenNeeds(first: 5) {\n              edges {\n                node {\n                  id\n                  status\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query WuhouAdminBoard {\n      wuhou {\n        needs(includeHidden: true, first: 100) {\n          edges {\n            node {\n              id\n              hidden\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query WuhouAdminBoard {\n      wuhou {\n        needs(includeHidden: true, first: 100) {\n          edges {\n            node {\n              id\n              hidden\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query WuhouWuhou2 {\n            wuhou {\n              myNeeds(first: 3) {\n                edges {\n                  node {\n                    title\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query WuhouWuhou2 {\n            wuhou {\n              myNeeds(first: 3) {\n                edges {\n                  node {\n                    title\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query V($first: Int) {\n      volunteers(first: $first) {\n        edges {\n          node {\n            displayName\n            wuhou {\n              honorHours\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query V($first: Int) {\n      volunteers(first: $first) {\n        edges {\n          node {\n            displayName\n            wuhou {\n              honorHours\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation WuhouR($input: RegisterVolunteerInput!) {\n            registerVolunteer(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation WuhouR($input: RegisterVolunteerInput!) {\n            registerVolunteer(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XinjinPointsMallRedeem($id: ID!) {\n    xinjinRedeemReward(rewardId: $id) {\n      id\n      code\n      points\n      status\n      reward {\n        title\n        stock\n      }\n      volunteer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation XinjinPointsMallRedeem($id: ID!) {\n    xinjinRedeemReward(rewardId: $id) {\n      id\n      code\n      points\n      status\n      reward {\n        title\n        stock\n      }\n      volunteer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XinjinPointsMallUse($code: String!) {\n    xinjinUseRedemption(code: $code) {\n      status\n      usedAt\n      reward {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation XinjinPointsMallUse($code: String!) {\n    xinjinUseRedemption(code: $code) {\n      status\n      usedAt\n      reward {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation XinjinPointsMallCreate($input: XinjinRewardInput!) {\n    xinjinCreateReward(input: $input) {\n      id\n      title\n      stock\n      pointsCost\n      status\n      merchantAccount\n    }\n  }\n"): (typeof documents)["\n  mutation XinjinPointsMallCreate($input: XinjinRewardInput!) {\n    xinjinCreateReward(input: $input) {\n      id\n      title\n      stock\n      pointsCost\n      status\n      merchantAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query XinjinPointsMallXinjin {\n          xinjin {\n            myAccount {\n              points\n              earnedPoints\n            }\n          }\n        }\n      "): (typeof documents)["\n        query XinjinPointsMallXinjin {\n          xinjin {\n            myAccount {\n              points\n              earnedPoints\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query XinjinPointsMallMe {\n        me {\n          displayName\n          starLevel\n          confirmedHours\n          points\n          xinjin {\n            points\n            earnedPoints\n            redemptions(first: 5) {\n              edges {\n                cursor\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query XinjinPointsMallMe {\n        me {\n          displayName\n          starLevel\n          confirmedHours\n          points\n          xinjin {\n            points\n            earnedPoints\n            redemptions(first: 5) {\n              edges {\n                cursor\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query XinjinPointsVolunteerPoints($id: ID!) {\n      volunteer(id: $id) {\n        xinjin {\n          points\n        }\n      }\n    }\n  "): (typeof documents)["\n    query XinjinPointsVolunteerPoints($id: ID!) {\n      volunteer(id: $id) {\n        xinjin {\n          points\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation XinjinPointsMallRestock($id: ID!, $q: Int!) {\n        xinjinRestockReward(rewardId: $id, quantity: $q) {\n          stock\n        }\n      }\n    "): (typeof documents)["\n      mutation XinjinPointsMallRestock($id: ID!, $q: Int!) {\n        xinjinRestockReward(rewardId: $id, quantity: $q) {\n          stock\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation XinjinPointsMallRetire($id: ID!) {\n        xinjinRetireReward(rewardId: $id) {\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation XinjinPointsMallRetire($id: ID!) {\n        xinjinRetireReward(rewardId: $id) {\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query XinjinPointsMallXinjin2 {\n              xinjin {\n                rewards(first: 50, includeRetired: true) {\n                  edges {\n                    node {\n                      id\n                      merchantAccount\n                    }\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            query XinjinPointsMallXinjin2 {\n              xinjin {\n                rewards(first: 50, includeRetired: true) {\n                  edges {\n                    node {\n                      id\n                      merchantAccount\n                    }\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query XinjinPointsMallXinjin3 {\n            xinjin {\n              rewards(first: 3) {\n                edges {\n                  node {\n                    title\n                    merchantName\n                    pointsCost\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query XinjinPointsMallXinjin3 {\n            xinjin {\n              rewards(first: 3) {\n                edges {\n                  node {\n                    title\n                    merchantName\n                    pointsCost\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                  endCursor\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query XinjinPointsMallXinjin4($a: String) {\n            xinjin {\n              rewards(first: 3, after: $a) {\n                edges {\n                  node {\n                    title\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query XinjinPointsMallXinjin4($a: String) {\n            xinjin {\n              rewards(first: 3, after: $a) {\n                edges {\n                  node {\n                    title\n                  }\n                }\n                pageInfo {\n                  hasNextPage\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query XinjinPointsMallXinjin5 {\n            xinjin {\n              rewards(first: 0) {\n                edges {\n                  cursor\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query XinjinPointsMallXinjin5 {\n            xinjin {\n              rewards(first: 0) {\n                edges {\n                  cursor\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query XinjinPointsMallXinjin6 {\n            xinjin {\n              rewards(first: 5, after: \"garbage\") {\n                edges {\n                  cursor\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query XinjinPointsMallXinjin6 {\n            xinjin {\n              rewards(first: 5, after: \"garbage\") {\n                edges {\n                  cursor\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query XinjinPointsMallMe2 {\n            me {\n              xinjin {\n                redemptions(first: 3) {\n                  edges {\n                    node {\n                      code\n                      points\n                      status\n                      reward {\n                        title\n                      }\n                    }\n                  }\n                  pageInfo {\n                    hasNextPage\n                    endCursor\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query XinjinPointsMallMe2 {\n            me {\n              xinjin {\n                redemptions(first: 3) {\n                  edges {\n                    node {\n                      code\n                      points\n                      status\n                      reward {\n                        title\n                      }\n                    }\n                  }\n                  pageInfo {\n                    hasNextPage\n                    endCursor\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query XinjinPointsMallMe3($a: String) {\n            me {\n              xinjin {\n                redemptions(first: 3, after: $a) {\n                  edges {\n                    node {\n                      code\n                    }\n                  }\n                  pageInfo {\n                    hasNextPage\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query XinjinPointsMallMe3($a: String) {\n            me {\n              xinjin {\n                redemptions(first: 3, after: $a) {\n                  edges {\n                    node {\n                      code\n                    }\n                  }\n                  pageInfo {\n                    hasNextPage\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query XinjinPointsMallCheck($code: String!) {\n        xinjin {\n          checkRedemption(code: $code) {\n            status\n            points\n            reward {\n              title\n            }\n            volunteer {\n              displayName\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query XinjinPointsMallCheck($code: String!) {\n        xinjin {\n          checkRedemption(code: $code) {\n            status\n            points\n            reward {\n              title\n            }\n            volunteer {\n              displayName\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query XinjinPointsManyVolunteers {\n      volunteers(first: 16) {\n        edges {\n          node {\n            displayName\n            points\n            xinjin {\n              points\n              earnedPoints\n              redemptions(first: 2) {\n                edges {\n                  node {\n                    code\n                    reward {\n                      title\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query XinjinPointsManyVolunteers {\n      volunteers(first: 16) {\n        edges {\n          node {\n            displayName\n            points\n            xinjin {\n              points\n              earnedPoints\n              redemptions(first: 2) {\n                edges {\n                  node {\n                    code\n                    reward {\n                      title\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CityQueryProjects {\n        projects(first: 3) {\n          edges {\n            node {\n              title\n              organization {\n                name\n                verified\n                projectCount\n              }\n              district {\n                name\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    "): (typeof documents)["\n      query CityQueryProjects {\n        projects(first: 3) {\n          edges {\n            node {\n              title\n              organization {\n                name\n                verified\n                projectCount\n              }\n              district {\n                name\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CityQueryVolunteer {\n        volunteer(id: \"20000000-0000-4000-8000-000000000002\") {\n          displayName\n          district {\n            name\n          }\n          confirmedHours\n          serviceSummary {\n            recordCount\n            projectCount\n            organizationCount\n            firstServedOn\n          }\n        }\n      }\n    "): (typeof documents)["\n      query CityQueryVolunteer {\n        volunteer(id: \"20000000-0000-4000-8000-000000000002\") {\n          displayName\n          district {\n            name\n          }\n          confirmedHours\n          serviceSummary {\n            recordCount\n            projectCount\n            organizationCount\n            firstServedOn\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CityQueryVolunteer2 {\n        volunteer(id: \"1 OR 1=1\") {\n          displayName\n        }\n      }\n    "): (typeof documents)["\n      query CityQueryVolunteer2 {\n        volunteer(id: \"1 OR 1=1\") {\n          displayName\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CityQueryVolunteer3 {\n        volunteer(id: \"20000000-0000-4000-8000-00000000ffff\") {\n          displayName\n        }\n      }\n    "): (typeof documents)["\n      query CityQueryVolunteer3 {\n        volunteer(id: \"20000000-0000-4000-8000-00000000ffff\") {\n          displayName\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CityQueryPage($first: Int) {\n            projects(first: $first) {\n              edges {\n                node {\n                  title\n                  organization {\n                    name\n                    projectCount\n                  }\n                  district {\n                    name\n                    organizationCount\n                    volunteerCount\n                    projectCount\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CityQueryPage($first: Int) {\n            projects(first: $first) {\n              edges {\n                node {\n                  title\n                  organization {\n                    name\n                    projectCount\n                  }\n                  district {\n                    name\n                    organizationCount\n                    volunteerCount\n                    projectCount\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EventsFlowProjects {\n          projects(first: 20) {\n            edges {\n              node {\n                title\n                shifts {\n                  id\n                  startsAt\n                  freePlaces\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query EventsFlowProjects {\n          projects(first: 20) {\n            edges {\n              node {\n                title\n                shifts {\n                  id\n                  startsAt\n                  freePlaces\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation EventsFlowS($id: ID!) {\n            signUp(shiftId: $id) {\n              status\n              shift {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation EventsFlowS($id: ID!) {\n            signUp(shiftId: $id) {\n              status\n              shift {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation EventsFlowR($input: RegisterVolunteerInput!) {\n            registerVolunteer(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation EventsFlowR($input: RegisterVolunteerInput!) {\n            registerVolunteer(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query L($f: VolunteerFilter) {\n            volunteers(filter: $f, first: 50) {\n              edges {\n                node {\n                  displayName\n                  confirmedHours\n                  starLevel\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query L($f: VolunteerFilter) {\n            volunteers(filter: $f, first: 50) {\n              edges {\n                node {\n                  displayName\n                  confirmedHours\n                  starLevel\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityMe {\n    me {\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query IdentityMe {\n    me {\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query IdentityDistrict {\n              district(code: \"pidu\") {\n                name\n              }\n            }\n          "): (typeof documents)["\n            query IdentityDistrict {\n              district(code: \"pidu\") {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdentityVolunteer {\n          volunteer(id: \"20000000-0000-4000-8000-000000000001\") {\n            displayName\n          }\n        }\n      "): (typeof documents)["\n        query IdentityVolunteer {\n          volunteer(id: \"20000000-0000-4000-8000-000000000001\") {\n            displayName\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotifyVerify($id: ID!) {\n          verifyOrganization(id: $id) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation NotifyVerify($id: ID!) {\n          verifyOrganization(id: $id) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotifySuspend($id: ID!, $reason: String!) {\n          suspendOrganization(id: $id, reason: $reason) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation NotifySuspend($id: ID!, $reason: String!) {\n          suspendOrganization(id: $id, reason: $reason) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotifyApprove($id: ID!) {\n          approveTeamMember(memberId: $id) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation NotifyApprove($id: ID!) {\n          approveTeamMember(memberId: $id) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotifyJoin($team: ID!) {\n          joinTeam(teamId: $team) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation NotifyJoin($team: ID!) {\n          joinTeam(teamId: $team) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotifyDecline($id: ID!) {\n          declineTeamMember(memberId: $id, reason: \"本期队伍已满员\") {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation NotifyDecline($id: ID!) {\n          declineTeamMember(memberId: $id, reason: \"本期队伍已满员\") {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query NotifyMe {\n      me {\n        id\n      }\n    }\n  "): (typeof documents)["\n    query NotifyMe {\n      me {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation NotifyFound {\n          chenghuaCreateFamily(name: \"蓉城一家\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation NotifyFound {\n          chenghuaCreateFamily(name: \"蓉城一家\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation NotifyAddMember($id: ID!) {\n      chenghuaAddMember(volunteerId: $id) {\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation NotifyAddMember($id: ID!) {\n      chenghuaAddMember(volunteerId: $id) {\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation NotifyBook($id: ID!, $key: String) {\n      piduBookService(offerId: $id, idempotencyKey: $key) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation NotifyBook($id: ID!, $key: String) {\n      piduBookService(offerId: $id, idempotencyKey: $key) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedDistrictCounts {\n    districts {\n      code\n      volunteerCount\n      projectCount\n    }\n  }\n"): (typeof documents)["\n  query SeedDistrictCounts {\n    districts {\n      code\n      volunteerCount\n      projectCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GuardsProofBesidePublic($id: ID!) {\n          volunteer(id: $id) {\n            displayName\n            serviceProof {\n              code\n            }\n          }\n          projects(first: 1) {\n            edges {\n              node {\n                title\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query GuardsProofBesidePublic($id: ID!) {\n          volunteer(id: $id) {\n            displayName\n            serviceProof {\n              code\n            }\n          }\n          projects(first: 1) {\n            edges {\n              node {\n                title\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GuardsVolunteers {\n          volunteers(first: 2) {\n            edges {\n              cursor\n            }\n          }\n        }\n      "): (typeof documents)["\n        query GuardsVolunteers {\n          volunteers(first: 2) {\n            edges {\n              cursor\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GuardsMe {\n          me {\n            displayName\n          }\n        }\n      "): (typeof documents)["\n        query GuardsMe {\n          me {\n            displayName\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GuardsMe2 {\n          me {\n            displayName\n          }\n        }\n      "): (typeof documents)["\n        query GuardsMe2 {\n          me {\n            displayName\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GuardsMe3 {\n          me {\n            displayName\n          }\n        }\n      "): (typeof documents)["\n        query GuardsMe3 {\n          me {\n            displayName\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GuardsMe4 {\n          me {\n            displayName\n          }\n        }\n      "): (typeof documents)["\n        query GuardsMe4 {\n          me {\n            displayName\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostileTwoSubgraphs {\n    volunteer(id: \"20000000-0000-4000-8000-000000000001\") {\n      displayName\n    }\n    projects(first: 1) {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HostileTwoSubgraphs {\n    volunteer(id: \"20000000-0000-4000-8000-000000000001\") {\n      displayName\n    }\n    projects(first: 1) {\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HostileProjects {\n          projects(first: 100) {\n            edges {\n              node {\n                organization {\n                  projects(first: 100) {\n                    title\n                    organization {\n                      name\n                      projects(first: 100) {\n                        title\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HostileProjects {\n          projects(first: 100) {\n            edges {\n              node {\n                organization {\n                  projects(first: 100) {\n                    title\n                    organization {\n                      name\n                      projects(first: 100) {\n                        title\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Hostile__schema {\n          __schema {\n            types {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Hostile__schema {\n          __schema {\n            types {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query HostileVolunteer {\n            volunteer(id: \"20000000-0000-4000-8000-000000000001\") {\n              displayName\n            }\n            projects(first: 1) {\n              edges {\n                node {\n                  title\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query HostileVolunteer {\n            volunteer(id: \"20000000-0000-4000-8000-000000000001\") {\n              displayName\n            }\n            projects(first: 1) {\n              edges {\n                node {\n                  title\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ProjectPage($id: ID!) {\n            project(id: $id) {\n              title\n            }\n          }\n        "): (typeof documents)["\n          query ProjectPage($id: ID!) {\n            project(id: $id) {\n              title\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HostileSetPartnerSharing {\n          setPartnerSharing(allow: false) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation HostileSetPartnerSharing {\n          setPartnerSharing(allow: false) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HostileP($first: Int) {\n          projects(first: $first) {\n            edges {\n              node {\n                title\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HostileP($first: Int) {\n          projects(first: $first) {\n            edges {\n              node {\n                title\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HostileP2($id: ID!, $first: Int) {\n          project(id: $id) {\n            title\n          }\n          projects(first: $first) {\n            edges {\n              cursor\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HostileP2($id: ID!, $first: Int) {\n          project(id: $id) {\n            title\n          }\n          projects(first: $first) {\n            edges {\n              cursor\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HostileP3($s: ProjectSort) {\n          projects(sort: $s, first: 1) {\n            edges {\n              cursor\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HostileP3($s: ProjectSort) {\n          projects(sort: $s, first: 1) {\n            edges {\n              cursor\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HostileP4($id: ID!) {\n          project(id: $id) {\n            title\n          }\n        }\n      "): (typeof documents)["\n        query HostileP4($id: ID!) {\n          project(id: $id) {\n            title\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputHygieneP($input: WuhouPostNeedInput!) {\n    wuhouPostNeed(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation InputHygieneP($input: WuhouPostNeedInput!) {\n    wuhouPostNeed(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputHygieneCreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation InputHygieneCreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputHygieneR($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation InputHygieneR($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InputHygieneDistricts($k: String) {\n          districts {\n            code\n          }\n          projects(first: 1, filter: { keyword: $k }) {\n            edges {\n              cursor\n            }\n          }\n        }\n      "): (typeof documents)["\n        query InputHygieneDistricts($k: String) {\n          districts {\n            code\n          }\n          projects(first: 1, filter: { keyword: $k }) {\n            edges {\n              cursor\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query InputHygieneQ($after: String) {\n        qionglai {\n          places(first: 2, after: $after) {\n            edges {\n              cursor\n              node {\n                name\n              }\n            }\n            pageInfo {\n              endCursor\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query InputHygieneQ($after: String) {\n        qionglai {\n          places(first: 2, after: $after) {\n            edges {\n              cursor\n              node {\n                name\n              }\n            }\n            pageInfo {\n              endCursor\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PagesProjects {\n            projects(first: 1) {\n              edges {\n                node {\n                  id\n                  title\n                  shareCode\n                  district {\n                    name\n                  }\n                  startsOn\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PagesProjects {\n            projects(first: 1) {\n              edges {\n                node {\n                  id\n                  title\n                  shareCode\n                  district {\n                    name\n                  }\n                  startsOn\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PagesProjects2 {\n            projects(first: 20) {\n              edges {\n                node {\n                  title\n                  shifts {\n                    id\n                    freePlaces\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PagesProjects2 {\n            projects(first: 20) {\n              edges {\n                node {\n                  title\n                  shifts {\n                    id\n                    freePlaces\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PagesS($id: ID!) {\n            signUp(shiftId: $id) {\n              status\n            }\n          }\n        "): (typeof documents)["\n          mutation PagesS($id: ID!) {\n            signUp(shiftId: $id) {\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PagesMyCalendarFeedToken {\n            myCalendarFeedToken\n          }\n        "): (typeof documents)["\n          query PagesMyCalendarFeedToken {\n            myCalendarFeedToken\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RateLimitsMutate {\n      setPartnerSharing(allow: false) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation RateLimitsMutate {\n      setPartnerSharing(allow: false) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheCategories {\n    serviceCategories {\n      code\n      name\n      subcategories {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponseCacheCategories {\n    serviceCategories {\n      code\n      name\n      subcategories {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheProjectList($first: Int!) {\n    projects(first: $first) {\n      edges {\n        node {\n          id\n          title\n          district {\n            code\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponseCacheProjectList($first: Int!) {\n    projects(first: $first) {\n      edges {\n        node {\n          id\n          title\n          district {\n            code\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheProjectPage($id: ID!) {\n    project(id: $id) {\n      id\n      freePlaces\n      requirements {\n        skills\n      }\n      shifts {\n        id\n        freePlaces\n        mySignup {\n          id\n        }\n      }\n      photos(first: 5) {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponseCacheProjectPage($id: ID!) {\n    project(id: $id) {\n      id\n      freePlaces\n      requirements {\n        skills\n      }\n      shifts {\n        id\n        freePlaces\n        mySignup {\n          id\n        }\n      }\n      photos(first: 5) {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheCalendar($from: String!, $to: String!) {\n    calendar(from: $from, to: $to) {\n      date\n      freePlaces\n      shifts {\n        id\n        project {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponseCacheCalendar($from: String!, $to: String!) {\n    calendar(from: $from, to: $to) {\n      date\n      freePlaces\n      shifts {\n        id\n        project {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheWithCampaign {\n    projects(first: 3) {\n      edges {\n        node {\n          id\n          campaign {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponseCacheWithCampaign {\n    projects(first: 3) {\n      edges {\n        node {\n          id\n          campaign {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheFigures($from: String!, $to: String!) {\n    statistics(from: $from, to: $to) {\n      confirmedHours {\n        value\n      }\n      volunteersTotal {\n        value\n      }\n      organizationsTotal\n      pidu {\n        creditsIssued {\n          value\n        }\n      }\n      traffic {\n        requests\n      }\n      months {\n        month\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponseCacheFigures($from: String!, $to: String!) {\n    statistics(from: $from, to: $to) {\n      confirmedHours {\n        value\n      }\n      volunteersTotal {\n        value\n      }\n      organizationsTotal\n      pidu {\n        creditsIssued {\n          value\n        }\n      }\n      traffic {\n        requests\n      }\n      months {\n        month\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCachePartnerCalls($from: String!, $to: String!) {\n    statistics(from: $from, to: $to) {\n      organizationsTotal\n    }\n    partnerCalls(appId: \"citizen-cloud\") {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponseCachePartnerCalls($from: String!, $to: String!) {\n    statistics(from: $from, to: $to) {\n      organizationsTotal\n    }\n    partnerCalls(appId: \"citizen-cloud\") {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedFetchCategories {\n    serviceCategories {\n      code\n    }\n  }\n"): (typeof documents)["\n  query SharedFetchCategories {\n    serviceCategories {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedFetchSignUp($shiftId: ID!) {\n    signUp(shiftId: $shiftId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SharedFetchSignUp($shiftId: ID!) {\n    signUp(shiftId: $shiftId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MajorEventsOpenRound($event: ID!, $title: String!, $deadline: String!) {\n    openNeedsRound(eventId: $event, title: $title, deadline: $deadline) {\n      id\n      open\n      deadline\n    }\n  }\n"): (typeof documents)["\n  mutation MajorEventsOpenRound($event: ID!, $title: String!, $deadline: String!) {\n    openNeedsRound(eventId: $event, title: $title, deadline: $deadline) {\n      id\n      open\n      deadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MajorEventsSubmitNeed($input: SubmitRoleNeedInput!) {\n    submitRoleNeed(input: $input) {\n      id\n      places\n      note\n      roleKind\n      organization {\n        id\n      }\n      event {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MajorEventsSubmitNeed($input: SubmitRoleNeedInput!) {\n    submitRoleNeed(input: $input) {\n      id\n      places\n      note\n      roleKind\n      organization {\n        id\n      }\n      event {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MajorEventsApplications($id: ID!, $status: MajorEventApplicationStatus) {\n    majorEvent(id: $id) {\n      organizedByMe\n      applications(status: $status, first: 50) {\n        edges {\n          node {\n            id\n            status\n            skills\n            languages\n            availability\n            reason\n            team {\n              id\n            }\n            volunteer {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MajorEventsApplications($id: ID!, $status: MajorEventApplicationStatus) {\n    majorEvent(id: $id) {\n      organizedByMe\n      applications(status: $status, first: 50) {\n        edges {\n          node {\n            id\n            status\n            skills\n            languages\n            availability\n            reason\n            team {\n              id\n            }\n            volunteer {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MajorEventsVolunteerRows($id: ID!) {\n    volunteer(id: $id) {\n      majorEventApplications {\n        id\n        skills\n        status\n      }\n      majorEventDeployments {\n        id\n        hours\n      }\n    }\n  }\n"): (typeof documents)["\n  query MajorEventsVolunteerRows($id: ID!) {\n    volunteer(id: $id) {\n      majorEventApplications {\n        id\n        skills\n        status\n      }\n      majorEventDeployments {\n        id\n        hours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MajorEventsAddSession($input: AddTrainingSessionInput!) {\n    addMajorEventTrainingSession(input: $input) {\n      id\n      courseCode\n      studyHours\n    }\n  }\n"): (typeof documents)["\n  mutation MajorEventsAddSession($input: AddTrainingSessionInput!) {\n    addMajorEventTrainingSession(input: $input) {\n      id\n      courseCode\n      studyHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MajorEventsAttend($session: ID!, $volunteers: [ID!]!) {\n    recordMajorEventAttendance(sessionId: $session, volunteerIds: $volunteers) {\n      id\n      attendeeCount\n      attendees {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MajorEventsAttend($session: ID!, $volunteers: [ID!]!) {\n    recordMajorEventAttendance(sessionId: $session, volunteerIds: $volunteers) {\n      id\n      attendeeCount\n      attendees {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MajorEventsHours($id: ID!, $hours: Float!) {\n    recordMajorEventHours(deploymentId: $id, hours: $hours) {\n      id\n      hours\n    }\n  }\n"): (typeof documents)["\n  mutation MajorEventsHours($id: ID!, $hours: Float!) {\n    recordMajorEventHours(deploymentId: $id, hours: $hours) {\n      id\n      hours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MajorEventsFigures($id: ID!, $year: Int!) {\n    majorEvent(id: $id) {\n      figures {\n        applicants\n        selected\n        trainedPersonTimes\n        deployedPersonTimes\n        hours\n      }\n    }\n    majorEventFigures(year: $year) {\n      events\n      figures {\n        applicants\n        selected\n        trainedPersonTimes\n        deployedPersonTimes\n        hours\n      }\n    }\n  }\n"): (typeof documents)["\n  query MajorEventsFigures($id: ID!, $year: Int!) {\n    majorEvent(id: $id) {\n      figures {\n        applicants\n        selected\n        trainedPersonTimes\n        deployedPersonTimes\n        hours\n      }\n    }\n    majorEventFigures(year: $year) {\n      events\n      figures {\n        applicants\n        selected\n        trainedPersonTimes\n        deployedPersonTimes\n        hours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MajorEventsInvite($role: ID!, $team: ID!) {\n    inviteTeamToMajorEvent(roleId: $role, teamId: $team) {\n      alreadyApplied\n      missingCourse\n      applications {\n        status\n        volunteer {\n          id\n        }\n        team {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MajorEventsInvite($role: ID!, $team: ID!) {\n    inviteTeamToMajorEvent(roleId: $role, teamId: $team) {\n      alreadyApplied\n      missingCourse\n      applications {\n        status\n        volunteer {\n          id\n        }\n        team {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MajorEventsFederated($host: ID!, $unit: ID!) {\n    host: organization(id: $host) {\n      name\n      hostedMajorEvents {\n        id\n        name\n      }\n    }\n    unit: organization(id: $unit) {\n      submittedMajorEventNeeds {\n        id\n        places\n      }\n    }\n    district(code: \"tianfu\") {\n      name\n      majorEvents {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MajorEventsFederated($host: ID!, $unit: ID!) {\n    host: organization(id: $host) {\n      name\n      hostedMajorEvents {\n        id\n        name\n      }\n    }\n    unit: organization(id: $unit) {\n      submittedMajorEventNeeds {\n        id\n        places\n      }\n    }\n    district(code: \"tianfu\") {\n      name\n      majorEvents {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MajorEventsCreateDenied($input: CreateMajorEventInput!) {\n          createMajorEvent(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation MajorEventsCreateDenied($input: CreateMajorEventInput!) {\n          createMajorEvent(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MajorEventsRoleDenied($input: AddMajorEventRoleInput!) {\n          addMajorEventRole(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation MajorEventsRoleDenied($input: AddMajorEventRoleInput!) {\n          addMajorEventRole(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MajorEventsSessions($id: ID!) {\n          majorEvent(id: $id) {\n            trainingSessions {\n              attendeeCount\n              attendees {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MajorEventsSessions($id: ID!) {\n          majorEvent(id: $id) {\n            trainingSessions {\n              attendeeCount\n              attendees {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MajorEventsApprove($id: ID!) {\n          approveTeamMember(memberId: $id) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation MajorEventsApprove($id: ID!) {\n          approveTeamMember(memberId: $id) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MajorEventsPage($first: Int!) {\n      majorEvents(first: $first) {\n        edges {\n          node {\n            name\n            kind\n            startsOn\n            venue\n            hostOrganization {\n              name\n            }\n            needsRounds {\n              title\n              deadline\n              open\n            }\n            roles {\n              name\n              kind\n              places\n              selectedCount\n              requiredCourse\n            }\n            trainingSessions {\n              attendeeCount\n            }\n            shifts {\n              deployedCount\n            }\n            figures {\n              applicants\n              selected\n              trainedPersonTimes\n              deployedPersonTimes\n              hours\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query MajorEventsPage($first: Int!) {\n      majorEvents(first: $first) {\n        edges {\n          node {\n            name\n            kind\n            startsOn\n            venue\n            hostOrganization {\n              name\n            }\n            needsRounds {\n              title\n              deadline\n              open\n            }\n            roles {\n              name\n              kind\n              places\n              selectedCount\n              requiredCourse\n            }\n            trainingSessions {\n              attendeeCount\n            }\n            shifts {\n              deployedCount\n            }\n            figures {\n              applicants\n              selected\n              trainedPersonTimes\n              deployedPersonTimes\n              hours\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MajorEventsCreate($input: CreateMajorEventInput!) {\n    createMajorEvent(input: $input) {\n      id\n      name\n      startsOn\n      district {\n        code\n      }\n      hostOrganization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MajorEventsCreate($input: CreateMajorEventInput!) {\n    createMajorEvent(input: $input) {\n      id\n      name\n      startsOn\n      district {\n        code\n      }\n      hostOrganization {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MajorEventsAddRole($input: AddMajorEventRoleInput!) {\n    addMajorEventRole(input: $input) {\n      id\n      name\n      places\n      selectedCount\n      requiredCourse\n    }\n  }\n"): (typeof documents)["\n  mutation MajorEventsAddRole($input: AddMajorEventRoleInput!) {\n    addMajorEventRole(input: $input) {\n      id\n      name\n      places\n      selectedCount\n      requiredCourse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MajorEventsApply($input: ApplyToMajorEventRoleInput!) {\n    applyToMajorEventRole(input: $input) {\n      id\n      status\n      skills\n      languages\n      availability\n      volunteer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MajorEventsApply($input: ApplyToMajorEventRoleInput!) {\n    applyToMajorEventRole(input: $input) {\n      id\n      status\n      skills\n      languages\n      availability\n      volunteer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MajorEventsScreen($id: ID!, $decision: MajorEventDecision!, $reason: String) {\n    screenMajorEventApplication(applicationId: $id, decision: $decision, reason: $reason) {\n      id\n      status\n      reason\n      decidedAt\n      role {\n        selectedCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MajorEventsScreen($id: ID!, $decision: MajorEventDecision!, $reason: String) {\n    screenMajorEventApplication(applicationId: $id, decision: $decision, reason: $reason) {\n      id\n      status\n      reason\n      decidedAt\n      role {\n        selectedCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MajorEventsDeploy($shift: ID!, $volunteer: ID!) {\n    deployToMajorEventShift(shiftId: $shift, volunteerId: $volunteer) {\n      id\n      hours\n      shift {\n        deployedCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MajorEventsDeploy($shift: ID!, $volunteer: ID!) {\n    deployToMajorEventShift(shiftId: $shift, volunteerId: $volunteer) {\n      id\n      hours\n      shift {\n        deployedCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MajorEventsAddShift($input: AddMajorEventShiftInput!) {\n    addMajorEventShift(input: $input) {\n      id\n      places\n      deployedCount\n    }\n  }\n"): (typeof documents)["\n  mutation MajorEventsAddShift($input: AddMajorEventShiftInput!) {\n    addMajorEventShift(input: $input) {\n      id\n      places\n      deployedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxMine($unreadOnly: Boolean, $first: Int, $after: String) {\n    myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          body\n          read\n          createdAt\n          readAt\n          project {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboxMine($unreadOnly: Boolean, $first: Int, $after: String) {\n    myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          body\n          read\n          createdAt\n          readAt\n          project {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxMark($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation InboxMark($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxMarkAll {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation InboxMarkAll {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InboxSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InboxSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation InboxCancelProject($id: ID!) {\n          cancelProject(id: $id, reason: \"暴雨预警，活动取消\") {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation InboxCancelProject($id: ID!) {\n          cancelProject(id: $id, reason: \"暴雨预警，活动取消\") {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query InboxMyData {\n      myPersonalData {\n        volunteerId\n        notifications\n      }\n    }\n  "): (typeof documents)["\n    query InboxMyData {\n      myPersonalData {\n        volunteerId\n        notifications\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DistrictAdminsAdd($d: ID!, $a: ID!) {\n    addDistrictAdmin(district: $d, accountId: $a) {\n      code\n      admins {\n        accountId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DistrictAdminsAdd($d: ID!, $a: ID!) {\n    addDistrictAdmin(district: $d, accountId: $a) {\n      code\n      admins {\n        accountId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DistrictAdminsRemove($d: ID!, $a: ID!) {\n    removeDistrictAdmin(district: $d, accountId: $a) {\n      code\n      admins {\n        accountId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DistrictAdminsRemove($d: ID!, $a: ID!) {\n    removeDistrictAdmin(district: $d, accountId: $a) {\n      code\n      admins {\n        accountId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictAdminsAdmins($d: ID!) {\n    district(code: $d) {\n      admins {\n        accountId\n        addedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictAdminsAdmins($d: ID!) {\n    district(code: $d) {\n      admins {\n        accountId\n        addedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DistrictAdminsVerify($id: ID!) {\n    verifyOrganization(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DistrictAdminsVerify($id: ID!) {\n    verifyOrganization(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictAdminsList {\n    volunteers(filter: { district: \"qionglai\" }, first: 5) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DistrictAdminsList {\n    volunteers(filter: { district: \"qionglai\" }, first: 5) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictAdminsRecord($id: ID!) {\n    volunteer(id: $id) {\n      profile {\n        idNumber\n      }\n      serviceRecords(first: 1) {\n        edges {\n          node {\n            hours\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictAdminsRecord($id: ID!) {\n    volunteer(id: $id) {\n      profile {\n        idNumber\n      }\n      serviceRecords(first: 1) {\n        edges {\n          node {\n            hours\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DistrictAdminsUntag($p: ID!) {\n    qionglaiUntagProject(projectId: $p)\n  }\n"): (typeof documents)["\n  mutation DistrictAdminsUntag($p: ID!) {\n    qionglaiUntagProject(projectId: $p)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DistrictAdminsDistricts {\n          districts {\n            code\n            admins {\n              accountId\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DistrictAdminsDistricts {\n          districts {\n            code\n            admins {\n              accountId\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlowCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FlowCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlowPublish($id: ID!) {\n    publishProject(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FlowPublish($id: ID!) {\n    publishProject(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FlowVerifyOrganization($id: ID!) {\n          verifyOrganization(id: $id) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation FlowVerifyOrganization($id: ID!) {\n          verifyOrganization(id: $id) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FlowSuspendOrganization($id: ID!) {\n          suspendOrganization(id: $id, reason: \"投诉核查中\") {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation FlowSuspendOrganization($id: ID!) {\n          suspendOrganization(id: $id, reason: \"投诉核查中\") {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation FlowConvertNeed($id: ID!, $org: ID!) {\n        convertNeed(id: $id, organizationId: $org) {\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation FlowConvertNeed($id: ID!, $org: ID!) {\n        convertNeed(id: $id, organizationId: $org) {\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FlowNeedProject($id: ID!) {\n      need(id: $id) {\n        title\n        project {\n          id\n          status\n          title\n          organization {\n            name\n          }\n          need {\n            id\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query FlowNeedProject($id: ID!) {\n      need(id: $id) {\n        title\n        project {\n          id\n          status\n          title\n          organization {\n            name\n          }\n          need {\n            id\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      id\n      name\n      creditCode\n      status\n      verified\n      suspended\n      canPublish\n      district {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      id\n      name\n      creditCode\n      status\n      verified\n      suspended\n      canPublish\n      district {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeedsFile($input: FileNeedInput!) {\n    fileNeed(input: $input) {\n      id\n      title\n      status\n      categoryCode\n      categoryName\n      startsOn\n      endsOn\n      volunteersNeeded\n      address\n      district {\n        code\n        name\n      }\n      filedBy {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NeedsFile($input: FileNeedInput!) {\n    fileNeed(input: $input) {\n      id\n      title\n      status\n      categoryCode\n      categoryName\n      startsOn\n      endsOn\n      volunteersNeeded\n      address\n      district {\n        code\n        name\n      }\n      filedBy {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeedsAccept($id: ID!) {\n    acceptNeed(id: $id) {\n      status\n      triagedAt\n    }\n  }\n"): (typeof documents)["\n  mutation NeedsAccept($id: ID!) {\n    acceptNeed(id: $id) {\n      status\n      triagedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeedsReject($id: ID!, $reason: String!) {\n    rejectNeed(id: $id, reason: $reason) {\n      status\n      rejectionReason\n    }\n  }\n"): (typeof documents)["\n  mutation NeedsReject($id: ID!, $reason: String!) {\n    rejectNeed(id: $id, reason: $reason) {\n      status\n      rejectionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeedsConvert($id: ID!, $org: ID!) {\n    convertNeed(id: $id, organizationId: $org) {\n      status\n      convertedTo {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NeedsConvert($id: ID!, $org: ID!) {\n    convertNeed(id: $id, organizationId: $org) {\n      status\n      convertedTo {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query NeedsNeeds {\n            needs(district: \"qingyang\", status: SUBMITTED, first: 50) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query NeedsNeeds {\n            needs(district: \"qingyang\", status: SUBMITTED, first: 50) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query NeedsRejection($id: ID!) {\n        need(id: $id) {\n          status\n          rejectionReason\n        }\n      }\n    "): (typeof documents)["\n      query NeedsRejection($id: ID!) {\n        need(id: $id) {\n          status\n          rejectionReason\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query NeedsPage($after: String) {\n        needs(first: 2, after: $after) {\n          edges {\n            node {\n              id\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    "): (typeof documents)["\n      query NeedsPage($after: String) {\n        needs(first: 2, after: $after) {\n          edges {\n            node {\n              id\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Org($id: ID!) {\n    organization(id: $id) {\n      name\n      creditCode\n      type\n      address\n      contactName\n      contactPhone\n      status\n      verified\n      suspended\n      canPublish\n      suspensionReason\n      registeredAt\n      district {\n        code\n        name\n      }\n      teams {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Org($id: ID!) {\n    organization(id: $id) {\n      name\n      creditCode\n      type\n      address\n      contactName\n      contactPhone\n      status\n      verified\n      suspended\n      canPublish\n      suspensionReason\n      registeredAt\n      district {\n        code\n        name\n      }\n      teams {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Admins($id: ID!) {\n    organization(id: $id) {\n      admins {\n        accountId\n        addedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Admins($id: ID!) {\n    organization(id: $id) {\n      admins {\n        accountId\n        addedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query OrganizationsQ($after: String, $district: ID) {\n        organizations(first: 4, after: $after, district: $district) {\n          edges {\n            node {\n              id\n              district {\n                code\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    "): (typeof documents)["\n      query OrganizationsQ($after: String, $district: ID) {\n        organizations(first: 4, after: $after, district: $district) {\n          edges {\n            node {\n              id\n              district {\n                code\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query OrganizationsOrganizations {\n            organizations(first: 101) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "): (typeof documents)["\n          query OrganizationsOrganizations {\n            organizations(first: 101) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query OrganizationsOrganizations2 {\n              organizations(district: \"atlantis\") {\n                edges {\n                  cursor\n                }\n              }\n            }\n          "): (typeof documents)["\n            query OrganizationsOrganizations2 {\n              organizations(district: \"atlantis\") {\n                edges {\n                  cursor\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query OrganizationsMyOrganizations {\n            myOrganizations {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query OrganizationsMyOrganizations {\n            myOrganizations {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrganizationsVerify($id: ID!) {\n      verifyOrganization(id: $id) {\n        status\n        verified\n        canPublish\n        verifiedAt\n      }\n    }\n  "): (typeof documents)["\n    mutation OrganizationsVerify($id: ID!) {\n      verifyOrganization(id: $id) {\n        status\n        verified\n        canPublish\n        verifiedAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrganizationsSuspend($id: ID!, $reason: String!) {\n      suspendOrganization(id: $id, reason: $reason) {\n        status\n        suspended\n        canPublish\n        suspensionReason\n      }\n    }\n  "): (typeof documents)["\n    mutation OrganizationsSuspend($id: ID!, $reason: String!) {\n      suspendOrganization(id: $id, reason: $reason) {\n        status\n        suspended\n        canPublish\n        suspensionReason\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrganizationsReactivate($id: ID!, $reason: String!) {\n      reactivateOrganization(id: $id, reason: $reason) {\n        status\n        canPublish\n        suspensionReason\n      }\n    }\n  "): (typeof documents)["\n    mutation OrganizationsReactivate($id: ID!, $reason: String!) {\n      reactivateOrganization(id: $id, reason: $reason) {\n        status\n        canPublish\n        suspensionReason\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrganizationsUpdate($id: ID!, $input: UpdateOrganizationInput!) {\n      updateOrganization(id: $id, input: $input) {\n        name\n        contactPhone\n        district {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrganizationsUpdate($id: ID!, $input: UpdateOrganizationInput!) {\n      updateOrganization(id: $id, input: $input) {\n        name\n        contactPhone\n        district {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrganizationsAdd($o: ID!, $a: ID!) {\n      addOrganizationAdmin(organizationId: $o, accountId: $a) {\n        admins {\n          accountId\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrganizationsAdd($o: ID!, $a: ID!) {\n      addOrganizationAdmin(organizationId: $o, accountId: $a) {\n        admins {\n          accountId\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrganizationsRemove($o: ID!, $a: ID!) {\n      removeOrganizationAdmin(organizationId: $o, accountId: $a) {\n        admins {\n          accountId\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrganizationsRemove($o: ID!, $a: ID!) {\n      removeOrganizationAdmin(organizationId: $o, accountId: $a) {\n        admins {\n          accountId\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query OrganizationsProjectsPage($n: Int!) {\n              projects(first: $n) {\n                edges {\n                  node {\n                    organization {\n                      name\n                      creditCode\n                      contactPhone\n                      canPublish\n                      district {\n                        name\n                      }\n                      teams {\n                        name\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            query OrganizationsProjectsPage($n: Int!) {\n              projects(first: $n) {\n                edges {\n                  node {\n                    organization {\n                      name\n                      creditCode\n                      contactPhone\n                      canPublish\n                      district {\n                        name\n                      }\n                      teams {\n                        name\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsMembers($id: ID!) {\n    team(id: $id) {\n      name\n      memberCount\n      members(first: 20) {\n        edges {\n          node {\n            id\n            role\n            status\n            note\n            volunteer {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamsMembers($id: ID!) {\n    team(id: $id) {\n      name\n      memberCount\n      members(first: 20) {\n        edges {\n          node {\n            id\n            role\n            status\n            note\n            volunteer {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsApprove($id: ID!) {\n    approveTeamMember(memberId: $id) {\n      status\n      decidedAt\n      team {\n        memberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamsApprove($id: ID!) {\n    approveTeamMember(memberId: $id) {\n      status\n      decidedAt\n      team {\n        memberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsDecline($id: ID!, $reason: String) {\n    declineTeamMember(memberId: $id, reason: $reason) {\n      status\n      declineReason\n    }\n  }\n"): (typeof documents)["\n  mutation TeamsDecline($id: ID!, $reason: String) {\n    declineTeamMember(memberId: $id, reason: $reason) {\n      status\n      declineReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsJoin($team: ID!, $note: String) {\n    joinTeam(teamId: $team, note: $note) {\n      id\n      status\n      role\n      note\n      volunteer {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamsJoin($team: ID!, $note: String) {\n    joinTeam(teamId: $team, note: $note) {\n      id\n      status\n      role\n      note\n      volunteer {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TeamsTeams {\n          teams(kind: PROFESSIONAL, first: 20) {\n            edges {\n              node {\n                name\n                specialty\n                memberCount\n                organization {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TeamsTeams {\n          teams(kind: PROFESSIONAL, first: 20) {\n            edges {\n              node {\n                name\n                specialty\n                memberCount\n                organization {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TeamsTeams2 {\n            teams(kind: FEATURED) {\n              edges {\n                node {\n                  kind\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TeamsTeams2 {\n            teams(kind: FEATURED) {\n              edges {\n                node {\n                  kind\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TeamsOfOrganization($id: ID!) {\n            organization(id: $id) {\n              teams {\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TeamsOfOrganization($id: ID!) {\n            organization(id: $id) {\n              teams {\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TeamsMyMembership($id: ID!) {\n            team(id: $id) {\n              myMembership {\n                id\n                status\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TeamsMyMembership($id: ID!) {\n            team(id: $id) {\n              myMembership {\n                id\n                status\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TeamsMyMembershipVolunteer($id: ID!) {\n            team(id: $id) {\n              myMembership {\n                volunteer {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TeamsMyMembershipVolunteer($id: ID!) {\n            team(id: $id) {\n              myMembership {\n                volunteer {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TeamsCreate($input: CreateTeamInput!) {\n      createTeam(input: $input) {\n        name\n        kind\n        organization {\n          name\n        }\n        memberCount\n        members {\n          edges {\n            node {\n              role\n              volunteer {\n                displayName\n              }\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation TeamsCreate($input: CreateTeamInput!) {\n      createTeam(input: $input) {\n        name\n        kind\n        organization {\n          name\n        }\n        memberCount\n        members {\n          edges {\n            node {\n              role\n              volunteer {\n                displayName\n              }\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TeamsPageCost($n: Int!) {\n            teams(first: $n) {\n              edges {\n                node {\n                  name\n                  memberCount\n                  myMembership {\n                    id\n                  }\n                  organization {\n                    name\n                    district {\n                      name\n                    }\n                  }\n                  members(first: 5) {\n                    edges {\n                      node {\n                        role\n                        team {\n                          name\n                        }\n                      }\n                    }\n                    pageInfo {\n                      hasNextPage\n                    }\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TeamsPageCost($n: Int!) {\n            teams(first: $n) {\n              edges {\n                node {\n                  name\n                  memberCount\n                  myMembership {\n                    id\n                  }\n                  organization {\n                    name\n                    district {\n                      name\n                    }\n                  }\n                  members(first: 5) {\n                    edges {\n                      node {\n                        role\n                        team {\n                          name\n                        }\n                      }\n                    }\n                    pageInfo {\n                      hasNextPage\n                    }\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TeamsMembersPage($id: ID!, $after: String) {\n      team(id: $id) {\n        members(first: 1, after: $after) {\n          edges {\n            node {\n              id\n              role\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query TeamsMembersPage($id: ID!, $after: String) {\n      team(id: $id) {\n        members(first: 1, after: $after) {\n          edges {\n            node {\n              id\n              role\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRegisterApp($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      app {\n        clientId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditRegisterApp($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      app {\n        clientId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n      signedUpVia {\n        appId\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n      signedUpVia {\n        appId\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      id\n      status\n      cancelledVia {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      id\n      status\n      cancelledVia {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditMySignups {\n    mySignups(includeCancelled: true) {\n      id\n      signedUpVia {\n        appId\n        name\n      }\n      cancelledVia {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditMySignups {\n    mySignups(includeCancelled: true) {\n      id\n      signedUpVia {\n        appId\n        name\n      }\n      cancelledVia {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditNotifications {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          kind\n          body\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditNotifications {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          kind\n          body\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditRoster($id: ID!) {\n    project(id: $id) {\n      shifts {\n        signups {\n          id\n          signedUpVia {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditRoster($id: ID!) {\n    project(id: $id) {\n      shifts {\n        signups {\n          id\n          signedUpVia {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPartnerCalls($appId: String!, $from: String, $first: Int, $after: String) {\n    partnerCalls(appId: $appId, from: $from, first: $first, after: $after) {\n      edges {\n        node {\n          appId\n          accountId\n          operation\n          at\n          outcome\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditPartnerCalls($appId: String!, $from: String, $first: Int, $after: String) {\n    partnerCalls(appId: $appId, from: $from, first: $first, after: $after) {\n      edges {\n        node {\n          appId\n          accountId\n          operation\n          at\n          outcome\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditGrants {\n    myAppGrants {\n      appId\n      appName\n      consent {\n        status\n        purposes\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditGrants {\n    myAppGrants {\n      appId\n      appName\n      consent {\n        status\n        purposes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditRevokeGrant($appId: String!) {\n    revokeAppGrant(appId: $appId) {\n      appId\n      consent {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditRevokeGrant($appId: String!) {\n    revokeAppGrant(appId: $appId) {\n      appId\n      consent {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditWithdraw($appId: String!) {\n    withdrawConsent(input: { recipient: APP, appId: $appId }) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AuditWithdraw($appId: String!) {\n    withdrawConsent(input: { recipient: APP, appId: $appId }) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditMe {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AuditMe {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CityTokenRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      app {\n        clientId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CityTokenRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      app {\n        clientId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CityTokenSuspend($clientId: String!) {\n    suspendPartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CityTokenSuspend($clientId: String!) {\n    suspendPartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CityTokenResume($clientId: String!) {\n    resumePartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CityTokenResume($clientId: String!) {\n    resumePartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorsDocsRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      app {\n        clientId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CorsDocsRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      app {\n        clientId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorsDocsAdd($clientId: String!, $documents: [PartnerAppDocumentInput!]!) {\n    addPartnerAppDocuments(clientId: $clientId, documents: $documents) {\n      clientId\n      documentIds\n    }\n  }\n"): (typeof documents)["\n  mutation CorsDocsAdd($clientId: String!, $documents: [PartnerAppDocumentInput!]!) {\n    addPartnerAppDocuments(clientId: $clientId, documents: $documents) {\n      clientId\n      documentIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorsDocsRemove($clientId: String!, $ids: [String!]!) {\n    removePartnerAppDocuments(clientId: $clientId, ids: $ids) {\n      documentIds\n    }\n  }\n"): (typeof documents)["\n  mutation CorsDocsRemove($clientId: String!, $ids: [String!]!) {\n    removePartnerAppDocuments(clientId: $clientId, ids: $ids) {\n      documentIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorsDocsSuspend($clientId: String!) {\n    suspendPartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CorsDocsSuspend($clientId: String!) {\n    suspendPartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorsDocsResume($clientId: String!) {\n    resumePartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CorsDocsResume($clientId: String!) {\n    resumePartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlowRotate($clientId: String!) {\n    rotatePartnerAppSecret(clientId: $clientId) {\n      clientSecret\n      webhookSecret\n    }\n  }\n"): (typeof documents)["\n  mutation FlowRotate($clientId: String!) {\n    rotatePartnerAppSecret(clientId: $clientId) {\n      clientSecret\n      webhookSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlowProjects {\n    projects(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FlowProjects {\n    projects(first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlowSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FlowSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      app {\n        clientId\n        name\n        status\n        allowedScopes\n        redirectUris\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      app {\n        clientId\n        name\n        status\n        allowedScopes\n        redirectUris\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerApps {\n    partnerApps {\n      clientId\n      name\n      status\n      secretIssuedAt\n    }\n  }\n"): (typeof documents)["\n  query PartnerApps {\n    partnerApps {\n      clientId\n      name\n      status\n      secretIssuedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerRotate($clientId: String!) {\n    rotatePartnerAppSecret(clientId: $clientId) {\n      clientSecret\n      app {\n        clientId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerRotate($clientId: String!) {\n    rotatePartnerAppSecret(clientId: $clientId) {\n      clientSecret\n      app {\n        clientId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerSuspend($clientId: String!) {\n    suspendPartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerSuspend($clientId: String!) {\n    suspendPartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerResume($clientId: String!) {\n    resumePartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerResume($clientId: String!) {\n    resumePartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerRevoke($clientId: String!) {\n    revokePartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerRevoke($clientId: String!) {\n    revokePartnerApp(clientId: $clientId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerPublicProjects {\n    projects(first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerPublicProjects {\n    projects(first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerChildRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PartnerChildRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerCitizen {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PartnerCitizen {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerCitizenConsents {\n    myConsents {\n      appId\n      status\n      purposes\n      kinds\n    }\n  }\n"): (typeof documents)["\n  query PartnerCitizenConsents {\n    myConsents {\n      appId\n      status\n      purposes\n      kinds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuotasRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      app {\n        clientId\n        quota {\n          requestsPerMinute\n          mutationsPerMinute\n          mutationsPerCitizenPerMinute\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuotasRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      app {\n        clientId\n        quota {\n          requestsPerMinute\n          mutationsPerMinute\n          mutationsPerCitizenPerMinute\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuotasSet($clientId: String!, $quota: PartnerAppQuotaInput!) {\n    setPartnerAppQuota(clientId: $clientId, quota: $quota) {\n      clientId\n      quota {\n        requestsPerMinute\n        mutationsPerMinute\n        mutationsPerCitizenPerMinute\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuotasSet($clientId: String!, $quota: PartnerAppQuotaInput!) {\n    setPartnerAppQuota(clientId: $clientId, quota: $quota) {\n      clientId\n      quota {\n        requestsPerMinute\n        mutationsPerMinute\n        mutationsPerCitizenPerMinute\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuotasCitizenSignUp($shiftId: ID!) {\n    signUp(shiftId: $shiftId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation QuotasCitizenSignUp($shiftId: ID!) {\n    signUp(shiftId: $shiftId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      webhookSecret\n      app {\n        clientId\n        webhookUrl\n        webhookEvents\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookRegister($input: RegisterPartnerAppInput!) {\n    registerPartnerApp(input: $input) {\n      clientSecret\n      webhookSecret\n      app {\n        clientId\n        webhookUrl\n        webhookEvents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookGrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookGrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookWithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookWithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($clientId: String!) {\n    partnerAppWebhookDeliveries(clientId: $clientId) {\n      eventId\n      type\n      status\n      attempts\n      lastStatusCode\n      lastError\n      deliveredAt\n      nextAttemptAt\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($clientId: String!) {\n    partnerAppWebhookDeliveries(clientId: $clientId) {\n      eventId\n      type\n      status\n      attempts\n      lastStatusCode\n      lastError\n      deliveredAt\n      nextAttemptAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsAccessLog($first: Int, $after: String) {\n    myAccessLog {\n      volunteerId\n      volunteers(first: $first, after: $after) {\n        entries {\n          at\n          callerKind\n          callerId\n          fields\n          operation\n        }\n        hasNextPage\n        endCursor\n      }\n      projects {\n        entries {\n          callerKind\n          callerId\n          fields\n          operation\n        }\n      }\n      pidu {\n        entries {\n          callerKind\n          callerId\n          fields\n          operation\n        }\n      }\n      xinjin {\n        entries {\n          callerKind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RightsAccessLog($first: Int, $after: String) {\n    myAccessLog {\n      volunteerId\n      volunteers(first: $first, after: $after) {\n        entries {\n          at\n          callerKind\n          callerId\n          fields\n          operation\n        }\n        hasNextPage\n        endCursor\n      }\n      projects {\n        entries {\n          callerKind\n          callerId\n          fields\n          operation\n        }\n      }\n      pidu {\n        entries {\n          callerKind\n          callerId\n          fields\n          operation\n        }\n      }\n      xinjin {\n        entries {\n          callerKind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminLooksAtVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      profile {\n        realName\n        idNumber\n        phone\n      }\n      again: profile {\n        sex\n      }\n      serviceRecords(first: 5) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      pidu {\n        balance\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminLooksAtVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      profile {\n        realName\n        idNumber\n        phone\n      }\n      again: profile {\n        sex\n      }\n      serviceRecords(first: 5) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      pidu {\n        balance\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicLooksAtVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      displayName\n      district {\n        code\n      }\n      memberSince\n      profile {\n        realName\n      }\n      pidu {\n        balance\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicLooksAtVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      displayName\n      district {\n        code\n      }\n      memberSince\n      profile {\n        realName\n      }\n      pidu {\n        balance\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerReadsCitizen {\n    me {\n      profile {\n        realName\n      }\n    }\n    mySignups {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PartnerReadsCitizen {\n    me {\n      profile {\n        realName\n      }\n    }\n    mySignups {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerReadsRoster($id: ID!) {\n    project(id: $id) {\n      shifts {\n        signups {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizerReadsRoster($id: ID!) {\n    project(id: $id) {\n      shifts {\n        signups {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsAccessLogCounts {\n    myAccessLog {\n      volunteers(first: 50) {\n        entries {\n          callerKind\n        }\n      }\n      pidu(first: 50) {\n        entries {\n          callerKind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RightsAccessLogCounts {\n    myAccessLog {\n      volunteers(first: 50) {\n        entries {\n          callerKind\n        }\n      }\n      pidu(first: 50) {\n        entries {\n          callerKind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsentRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsentRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsentGrant($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n      recipient\n      appId\n      purposes\n      kinds\n      status\n      grantedAt\n      grantedBy\n      guardianAgreedAt\n      endedAt\n      endedBy\n    }\n  }\n"): (typeof documents)["\n  mutation ConsentGrant($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      id\n      recipient\n      appId\n      purposes\n      kinds\n      status\n      grantedAt\n      grantedBy\n      guardianAgreedAt\n      endedAt\n      endedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsentWithdraw($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      id\n      status\n      endedAt\n      endedBy\n    }\n  }\n"): (typeof documents)["\n  mutation ConsentWithdraw($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      id\n      status\n      endedAt\n      endedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentHistory($volunteerId: ID) {\n    myConsents(volunteerId: $volunteerId) {\n      id\n      recipient\n      appId\n      purposes\n      kinds\n      status\n      grantedAt\n      grantedBy\n      guardianAgreedAt\n      endedAt\n      endedBy\n    }\n  }\n"): (typeof documents)["\n  query ConsentHistory($volunteerId: ID) {\n    myConsents(volunteerId: $volunteerId) {\n      id\n      recipient\n      appId\n      purposes\n      kinds\n      status\n      grantedAt\n      grantedBy\n      guardianAgreedAt\n      endedAt\n      endedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentProfile {\n    me {\n      profile {\n        realName\n        phone\n        idNumber\n        shareWithPartners\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsentProfile {\n    me {\n      profile {\n        realName\n        phone\n        idNumber\n        shareWithPartners\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentActivity {\n    mySignups {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ConsentActivity {\n    mySignups {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentRecords {\n    myServiceRecords(first: 5) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsentRecords {\n    myServiceRecords(first: 5) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentNotifications {\n    myNotifications {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsentNotifications {\n    myNotifications {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentFeedToken {\n    myCalendarFeedToken\n  }\n"): (typeof documents)["\n  query ConsentFeedToken {\n    myCalendarFeedToken\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsentSignUp($shiftId: ID!) {\n    signUp(shiftId: $shiftId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsentSignUp($shiftId: ID!) {\n    signUp(shiftId: $shiftId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsentConfirmGuardian($id: ID!) {\n    confirmGuardianship(volunteerId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsentConfirmGuardian($id: ID!) {\n    confirmGuardianship(volunteerId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsentAgree($id: ID!) {\n    agreeToConsent(id: $id) {\n      id\n      status\n      guardianAgreedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsentAgree($id: ID!) {\n    agreeToConsent(id: $id) {\n      id\n      status\n      guardianAgreedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ConsentSwitchOn {\n            setPartnerSharing(allow: true) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ConsentSwitchOn {\n            setPartnerSharing(allow: true) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConsentOrganizerContact($id: ID!) {\n      volunteer(id: $id) {\n        organizerContact {\n          realName\n          phone\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ConsentOrganizerContact($id: ID!) {\n      volunteer(id: $id) {\n        organizerContact {\n          realName\n          phone\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentOwnGuardian {\n    me {\n      profile {\n        guardian {\n          phone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsentOwnGuardian {\n    me {\n      profile {\n        guardian {\n          phone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsentNameGuardian($input: GuardianConsentInput!) {\n      nameGuardian(input: $input) {\n        id\n        profile {\n          guardian {\n            name\n            relation\n            phone\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation ConsentNameGuardian($input: GuardianConsentInput!) {\n      nameGuardian(input: $input) {\n        id\n        profile {\n          guardian {\n            name\n            relation\n            phone\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConsentWards {\n        myWards {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query ConsentWards {\n        myWards {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RightsRequestCorrection($input: RecordCorrectionInput!) {\n    requestRecordCorrection(input: $input) {\n      id\n      status\n      realName\n      idNumber\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation RightsRequestCorrection($input: RecordCorrectionInput!) {\n    requestRecordCorrection(input: $input) {\n      id\n      status\n      realName\n      idNumber\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RightsDecideCorrection($id: ID!, $accept: Boolean!, $note: String!) {\n    decideRecordCorrection(id: $id, accept: $accept, note: $note) {\n      id\n      status\n      note\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RightsDecideCorrection($id: ID!, $accept: Boolean!, $note: String!) {\n    decideRecordCorrection(id: $id, accept: $accept, note: $note) {\n      id\n      status\n      note\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsMyCorrections {\n    myRecordCorrections {\n      id\n      status\n      realName\n      idNumber\n      note\n      requestedAt\n      decidedAt\n    }\n    me {\n      displayName\n      profile {\n        realName\n        idNumber\n        sex\n        birthDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query RightsMyCorrections {\n    myRecordCorrections {\n      id\n      status\n      realName\n      idNumber\n      note\n      requestedAt\n      decidedAt\n    }\n    me {\n      displayName\n      profile {\n        realName\n        idNumber\n        sex\n        birthDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsPendingCorrections {\n    pendingRecordCorrections(first: 50) {\n      id\n      idNumber\n      realName\n      volunteer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RightsPendingCorrections {\n    pendingRecordCorrections(first: 50) {\n      id\n      idNumber\n      realName\n      volunteer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RightsEditProfile($input: UpdateVolunteerProfileInput!) {\n    updateVolunteerProfile(input: $input) {\n      district {\n        code\n      }\n      profile {\n        phone\n        skills\n        serviceCategories\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RightsEditProfile($input: UpdateVolunteerProfileInput!) {\n    updateVolunteerProfile(input: $input) {\n      district {\n        code\n      }\n      profile {\n        phone\n        skills\n        serviceCategories\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RightsDeregister($confirmation: String!) {\n    deregister(confirmation: $confirmation) {\n      deregisteredAt\n    }\n  }\n"): (typeof documents)["\n  mutation RightsDeregister($confirmation: String!) {\n    deregister(confirmation: $confirmation) {\n      deregisteredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsDeregMe {\n    me {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query RightsDeregMe {\n    me {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsDeregMyData {\n    myPersonalData {\n      volunteerId\n      volunteers\n    }\n  }\n"): (typeof documents)["\n  query RightsDeregMyData {\n    myPersonalData {\n      volunteerId\n      volunteers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsDeregMySignups {\n    mySignups(includeCancelled: true) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query RightsDeregMySignups {\n    mySignups(includeCancelled: true) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsDeregAdminView($id: ID!) {\n    volunteer(id: $id) {\n      id\n      profile {\n        realName\n      }\n    }\n    volunteers(filter: { district: \"pidu\" }, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RightsDeregAdminView($id: ID!) {\n    volunteer(id: $id) {\n      id\n      profile {\n        realName\n      }\n    }\n    volunteers(filter: { district: \"pidu\" }, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsDeregProof {\n    me {\n      serviceProof {\n        code\n        holderName\n        confirmedHours\n      }\n    }\n  }\n"): (typeof documents)["\n  query RightsDeregProof {\n    me {\n      serviceProof {\n        code\n        holderName\n        confirmedHours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsDeregVerify($code: String!) {\n    verifyServiceProof(code: $code) {\n      code\n      holderName\n      confirmedHours\n      recordCount\n    }\n  }\n"): (typeof documents)["\n  query RightsDeregVerify($code: String!) {\n    verifyServiceProof(code: $code) {\n      code\n      holderName\n      confirmedHours\n      recordCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsDeregFamily {\n    me {\n      pidu {\n        family {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RightsDeregFamily {\n    me {\n      pidu {\n        family {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RightsDeregJoinTeam($team: ID!) {\n          joinTeam(teamId: $team, note: \"周末有空，会急救\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RightsDeregJoinTeam($team: ID!) {\n          joinTeam(teamId: $team, note: \"周末有空，会急救\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RightsDeregDeclareFamily($relative: ID!) {\n          piduDeclareFamily(relativeVolunteerId: $relative, relation: SIBLING) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RightsDeregDeclareFamily($relative: ID!) {\n          piduDeclareFamily(relativeVolunteerId: $relative, relation: SIBLING) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RightsDeregPostNeed($input: WuhouPostNeedInput!) {\n          wuhouPostNeed(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RightsDeregPostNeed($input: WuhouPostNeedInput!) {\n          wuhouPostNeed(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsDistrictData {\n    myPersonalData {\n      longquanyi\n      chenghua\n    }\n  }\n"): (typeof documents)["\n  query RightsDistrictData {\n    myPersonalData {\n      longquanyi\n      chenghua\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsLongquanyiLog {\n    myAccessLog {\n      longquanyi {\n        entries {\n          callerKind\n          fields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RightsLongquanyiLog {\n    myAccessLog {\n      longquanyi {\n        entries {\n          callerKind\n          fields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsLongquanyiAdminRead($id: ID!) {\n    volunteer(id: $id) {\n      longquanyi {\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  query RightsLongquanyiAdminRead($id: ID!) {\n    volunteer(id: $id) {\n      longquanyi {\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RightsLongquanyiAward($input: LongquanyiAwardInput!) {\n    longquanyiAwardPoints(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RightsLongquanyiAward($input: LongquanyiAwardInput!) {\n    longquanyiAwardPoints(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RightsChenghuaCreate($name: String!) {\n    chenghuaCreateFamily(name: $name) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RightsChenghuaCreate($name: String!) {\n    chenghuaCreateFamily(name: $name) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RightsChenghuaAdd($id: ID!) {\n    chenghuaAddMember(volunteerId: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RightsChenghuaAdd($id: ID!) {\n    chenghuaAddMember(volunteerId: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RightsChenghuaAccept($id: ID!) {\n    chenghuaAcceptFamily(familyId: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RightsChenghuaAccept($id: ID!) {\n    chenghuaAcceptFamily(familyId: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsChenghuaFamily {\n    chenghua {\n      myFamily {\n        id\n        members {\n          role\n          status\n          volunteer {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RightsChenghuaFamily {\n    chenghua {\n      myFamily {\n        id\n        members {\n          role\n          status\n          volunteer {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsExportMajorEvents {\n    myPersonalData {\n      volunteerId\n      majorEvents\n    }\n  }\n"): (typeof documents)["\n  query RightsExportMajorEvents {\n    myPersonalData {\n      volunteerId\n      majorEvents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RightsExportMajorEventSession($input: AddTrainingSessionInput!) {\n          addMajorEventTrainingSession(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RightsExportMajorEventSession($input: AddTrainingSessionInput!) {\n          addMajorEventTrainingSession(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation RightsExportMajorEventHours($id: ID!, $hours: Float!) {\n            recordMajorEventHours(deploymentId: $id, hours: $hours) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation RightsExportMajorEventHours($id: ID!, $hours: Float!) {\n            recordMajorEventHours(deploymentId: $id, hours: $hours) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RightsExportMajorEventAttendance($session: ID!, $ids: [ID!]!) {\n          recordMajorEventAttendance(sessionId: $session, volunteerIds: $ids) {\n            attendeeCount\n          }\n        }\n      "): (typeof documents)["\n        mutation RightsExportMajorEventAttendance($session: ID!, $ids: [ID!]!) {\n          recordMajorEventAttendance(sessionId: $session, volunteerIds: $ids) {\n            attendeeCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsExport {\n    myPersonalData {\n      volunteerId\n      exportedAt\n      volunteers\n      projects\n      organizations\n      pidu\n      xinjin\n      wuhou\n      jinniu\n    }\n  }\n"): (typeof documents)["\n  query RightsExport {\n    myPersonalData {\n      volunteerId\n      exportedAt\n      volunteers\n      projects\n      organizations\n      pidu\n      xinjin\n      wuhou\n      jinniu\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RightsExportJoinTeam($team: ID!, $note: String) {\n          joinTeam(teamId: $team, note: $note) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RightsExportJoinTeam($team: ID!, $note: String) {\n          joinTeam(teamId: $team, note: $note) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RightsExportPostNeed($input: WuhouPostNeedInput!) {\n          wuhouPostNeed(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RightsExportPostNeed($input: WuhouPostNeedInput!) {\n          wuhouPostNeed(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RightsExportFeed {\n          myCalendarFeedToken\n        }\n      "): (typeof documents)["\n        query RightsExportFeed {\n          myCalendarFeedToken\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RightsRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RightsRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RightsGrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RightsGrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RightsCreateProject($input: ProjectInput!) {\n          createProject(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RightsCreateProject($input: ProjectInput!) {\n          createProject(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RightsPublishProject($id: ID!) {\n          publishProject(id: $id) {\n            id\n            shifts {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation RightsPublishProject($id: ID!) {\n          publishProject(id: $id) {\n            id\n            shifts {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RightsSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RightsSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsShiftCounts($id: ID!) {\n    project(id: $id) {\n      shifts {\n        signedUpCount\n        waitlistCount\n        freePlaces\n      }\n    }\n  }\n"): (typeof documents)["\n  query RightsShiftCounts($id: ID!) {\n    project(id: $id) {\n      shifts {\n        signedUpCount\n        waitlistCount\n        freePlaces\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n      memberSince\n    }\n  }\n"): (typeof documents)["\n  mutation PrivacyRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n      memberSince\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyGrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PrivacyGrantConsent($input: GrantConsentInput!) {\n    grantConsent(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyWithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PrivacyWithdrawConsent($input: WithdrawConsentInput!) {\n    withdrawConsent(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PrivacyConfirmGuardian($id: ID!) {\n          confirmGuardianship(volunteerId: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PrivacyConfirmGuardian($id: ID!) {\n          confirmGuardianship(volunteerId: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacySignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PrivacySignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PrivacyCreateProject($input: ProjectInput!) {\n          createProject(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PrivacyCreateProject($input: ProjectInput!) {\n          createProject(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PrivacyPublishProject($id: ID!) {\n          publishProject(id: $id) {\n            id\n            shifts {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation PrivacyPublishProject($id: ID!) {\n          publishProject(id: $id) {\n            id\n            shifts {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PrivacyRecordTraining($input: RecordTrainingInput!) {\n            recordTraining(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation PrivacyRecordTraining($input: RecordTrainingInput!) {\n            recordTraining(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PrivacyCalendarFeedToken {\n            myCalendarFeedToken\n          }\n        "): (typeof documents)["\n          query PrivacyCalendarFeedToken {\n            myCalendarFeedToken\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PrivacyPostNeed($input: WuhouPostNeedInput!) {\n            wuhouPostNeed(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation PrivacyPostNeed($input: WuhouPostNeedInput!) {\n            wuhouPostNeed(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PrivacyShuangliuRota($post: ID!, $day: String!) {\n          shuangliu {\n            post(id: $post) {\n              rota(day: $day) {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PrivacyShuangliuRota($post: ID!, $day: String!) {\n          shuangliu {\n            post(id: $post) {\n              rota(day: $day) {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PrivacyJinniuJoin($input: JinniuStandbyInput!) {\n            jinniuJoinStandby(input: $input) {\n              skills\n            }\n          }\n        "): (typeof documents)["\n          mutation PrivacyJinniuJoin($input: JinniuStandbyInput!) {\n            jinniuJoinStandby(input: $input) {\n              skills\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PrivacyShuangliuTake($slot: ID!) {\n            shuangliuTakeSlot(slotId: $slot) {\n              takenAt\n            }\n          }\n        "): (typeof documents)["\n          mutation PrivacyShuangliuTake($slot: ID!) {\n            shuangliuTakeSlot(slotId: $slot) {\n              takenAt\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PrivacyChenghuaFamily($name: String!) {\n          chenghuaCreateFamily(name: $name) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PrivacyChenghuaFamily($name: String!) {\n          chenghuaCreateFamily(name: $name) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PrivacyChenghuaAddChild($id: ID!) {\n          chenghuaAddMember(volunteerId: $id) {\n            role\n          }\n        }\n      "): (typeof documents)["\n        mutation PrivacyChenghuaAddChild($id: ID!) {\n          chenghuaAddMember(volunteerId: $id) {\n            role\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PrivacyMajorEventHours($id: ID!, $hours: Float!) {\n          recordMajorEventHours(deploymentId: $id, hours: $hours) {\n            id\n            hours\n          }\n        }\n      "): (typeof documents)["\n        mutation PrivacyMajorEventHours($id: ID!, $hours: Float!) {\n          recordMajorEventHours(deploymentId: $id, hours: $hours) {\n            id\n            hours\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PrivacyCancelProject($id: ID!) {\n          cancelProject(id: $id, reason: \"场地临时关闭\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PrivacyCancelProject($id: ID!) {\n          cancelProject(id: $id, reason: \"场地临时关闭\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PrivacyAppCalendarFeedToken {\n            myCalendarFeedToken\n          }\n        "): (typeof documents)["\n          query PrivacyAppCalendarFeedToken {\n            myCalendarFeedToken\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminClaimsCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n      shareCode\n    }\n  }\n"): (typeof documents)["\n  mutation AdminClaimsCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n      shareCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminClaimsPublish($id: ID!) {\n    publishProject(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminClaimsPublish($id: ID!) {\n    publishProject(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminClaimsCancel($id: ID!) {\n    cancelProject(id: $id, reason: \"场地临时关闭\") {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminClaimsCancel($id: ID!) {\n    cancelProject(id: $id, reason: \"场地临时关闭\") {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminClaimsProject($id: ID!) {\n    project(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query AdminClaimsProject($id: ID!) {\n    project(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminClaimsConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminClaimsConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminClaimsAddAdmin($org: ID!, $acct: ID!) {\n    addOrganizationAdmin(organizationId: $org, accountId: $acct) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminClaimsAddAdmin($org: ID!, $acct: ID!) {\n    addOrganizationAdmin(organizationId: $org, accountId: $acct) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminClaimsRemoveAdmin($org: ID!, $acct: ID!) {\n    removeOrganizationAdmin(organizationId: $org, accountId: $acct) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminClaimsRemoveAdmin($org: ID!, $acct: ID!) {\n    removeOrganizationAdmin(organizationId: $org, accountId: $acct) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AdminClaimsSignUp($s: ID!) {\n          signUp(shiftId: $s) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AdminClaimsSignUp($s: ID!) {\n          signUp(shiftId: $s) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AdminClaimsCheckInVolunteer($id: ID!, $at: String) {\n          checkInVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AdminClaimsCheckInVolunteer($id: ID!, $at: String) {\n          checkInVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AdminClaimsCheckOutVolunteer($id: ID!, $at: String) {\n          checkOutVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AdminClaimsCheckOutVolunteer($id: ID!, $at: String) {\n          checkOutVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AdminClaimsServiceRecordsToConfirm {\n            serviceRecordsToConfirm {\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AdminClaimsServiceRecordsToConfirm {\n            serviceRecordsToConfirm {\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AdminClaimsLists($org: ID!, $code: String!) {\n      projectByShareCode(code: $code) {\n        id\n      }\n      organization(id: $org) {\n        projects(first: 100) {\n          id\n        }\n      }\n      projects(filter: { status: CANCELLED }, first: 100) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query AdminClaimsLists($org: ID!, $code: String!) {\n      projectByShareCode(code: $code) {\n        id\n      }\n      organization(id: $org) {\n        projects(first: 100) {\n          id\n        }\n      }\n      projects(filter: { status: CANCELLED }, first: 100) {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminClaimsVerify($id: ID!) {\n      verifyOrganization(id: $id) {\n        status\n        verified\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminClaimsVerify($id: ID!) {\n      verifyOrganization(id: $id) {\n        status\n        verified\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminClaimsUpdate($id: ID!, $input: UpdateOrganizationInput!) {\n      updateOrganization(id: $id, input: $input) {\n        status\n        verified\n        canPublish\n        district {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation AdminClaimsUpdate($id: ID!, $input: UpdateOrganizationInput!) {\n      updateOrganization(id: $id, input: $input) {\n        status\n        verified\n        canPublish\n        district {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkAttendanceSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BulkAttendanceSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BulkAttendanceResult on AttendanceResult {\n    index\n    outcome\n    message\n    signup {\n      id\n      checkedInAt\n      checkedOutAt\n    }\n    volunteer {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment BulkAttendanceResult on AttendanceResult {\n    index\n    outcome\n    message\n    signup {\n      id\n      checkedInAt\n      checkedOutAt\n    }\n    volunteer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkAttendanceIn($shift: ID!, $attendees: AttendeesInput!, $at: String) {\n    checkInVolunteers(shiftId: $shift, attendees: $attendees, at: $at) {\n      ...BulkAttendanceResult\n    }\n  }\n"): (typeof documents)["\n  mutation BulkAttendanceIn($shift: ID!, $attendees: AttendeesInput!, $at: String) {\n    checkInVolunteers(shiftId: $shift, attendees: $attendees, at: $at) {\n      ...BulkAttendanceResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkAttendanceOut($shift: ID!, $attendees: AttendeesInput!, $at: String) {\n    checkOutVolunteers(shiftId: $shift, attendees: $attendees, at: $at) {\n      ...BulkAttendanceResult\n    }\n  }\n"): (typeof documents)["\n  mutation BulkAttendanceOut($shift: ID!, $attendees: AttendeesInput!, $at: String) {\n    checkOutVolunteers(shiftId: $shift, attendees: $attendees, at: $at) {\n      ...BulkAttendanceResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query BulkAttendanceMyCard {\n      me {\n        card {\n          verificationCode\n        }\n      }\n    }\n  "): (typeof documents)["\n    query BulkAttendanceMyCard {\n      me {\n        card {\n          verificationCode\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarShareGalleryCalendar($d: ID, $from: String!, $to: String!) {\n    calendar(district: $d, from: $from, to: $to) {\n      date\n      shiftCount\n      freePlaces\n      shifts {\n        startTime\n        endTime\n        project {\n          title\n          district {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarShareGalleryCalendar($d: ID, $from: String!, $to: String!) {\n    calendar(district: $d, from: $from, to: $to) {\n      date\n      shiftCount\n      freePlaces\n      shifts {\n        startTime\n        endTime\n        project {\n          title\n          district {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CalendarShareGallerySignUp($s: ID!) {\n          signUp(shiftId: $s) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CalendarShareGallerySignUp($s: ID!) {\n          signUp(shiftId: $s) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CalendarShareGalleryMyCalendar($from: String!, $to: String!) {\n          myCalendar(from: $from, to: $to) {\n            status\n            shift {\n              date\n              startTime\n            }\n            project {\n              title\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CalendarShareGalleryMyCalendar($from: String!, $to: String!) {\n          myCalendar(from: $from, to: $to) {\n            status\n            shift {\n              date\n              startTime\n            }\n            project {\n              title\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CalendarShareGalleryMyCalendar2 {\n          myCalendar(from: \"2026-12-01\", to: \"2026-11-01\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query CalendarShareGalleryMyCalendar2 {\n          myCalendar(from: \"2026-12-01\", to: \"2026-11-01\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CalendarShareGalleryOnCard($from: String!, $to: String!) {\n      volunteer(id: \"20000000-0000-4000-8000-000000000013\") {\n        calendar(from: $from, to: $to) {\n          shift {\n            date\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query CalendarShareGalleryOnCard($from: String!, $to: String!) {\n      volunteer(id: \"20000000-0000-4000-8000-000000000013\") {\n        calendar(from: $from, to: $to) {\n          shift {\n            date\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CalendarShareGalleryToken {\n      myCalendarFeedToken\n    }\n  "): (typeof documents)["\n    query CalendarShareGalleryToken {\n      myCalendarFeedToken\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CalendarShareGalleryFeed($t: String!) {\n      calendarFeed(token: $t) {\n        volunteer {\n          id\n        }\n        entries {\n          id\n          status\n          shift {\n            startsAt\n            endsAt\n          }\n          project {\n            title\n            description\n            address\n            shareCode\n            organization {\n              name\n            }\n            district {\n              name\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query CalendarShareGalleryFeed($t: String!) {\n      calendarFeed(token: $t) {\n        volunteer {\n          id\n        }\n        entries {\n          id\n          status\n          shift {\n            startsAt\n            endsAt\n          }\n          project {\n            title\n            description\n            address\n            shareCode\n            organization {\n              name\n            }\n            district {\n              name\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CalendarShareGalleryRotateCalendarFeedToken {\n          rotateCalendarFeedToken\n        }\n      "): (typeof documents)["\n        mutation CalendarShareGalleryRotateCalendarFeedToken {\n          rotateCalendarFeedToken\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CalendarShareGalleryRotateCalendarFeedToken2 {\n          rotateCalendarFeedToken\n        }\n      "): (typeof documents)["\n        mutation CalendarShareGalleryRotateCalendarFeedToken2 {\n          rotateCalendarFeedToken\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarShareGalleryShare($c: String!) {\n    projectByShareCode(code: $c) {\n      id\n      title\n      description\n      coverImageUrl\n      startsOn\n      endsOn\n      shareCode\n      district {\n        name\n      }\n      organization {\n        name\n      }\n      shifts {\n        startsAt\n        endsAt\n      }\n      photos {\n        caption\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarShareGalleryShare($c: String!) {\n    projectByShareCode(code: $c) {\n      id\n      title\n      description\n      coverImageUrl\n      startsOn\n      endsOn\n      shareCode\n      district {\n        name\n      }\n      organization {\n        name\n      }\n      shifts {\n        startsAt\n        endsAt\n      }\n      photos {\n        caption\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CalendarShareGalleryAdd($p: ID!, $i: PhotoInput!) {\n      addProjectPhoto(projectId: $p, input: $i) {\n        id\n        caption\n        takenAt\n        takenBy\n        hidden\n        project {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CalendarShareGalleryAdd($p: ID!, $i: PhotoInput!) {\n      addProjectPhoto(projectId: $p, input: $i) {\n        id\n        caption\n        takenAt\n        takenBy\n        hidden\n        project {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CalendarShareGalleryHide($id: ID!, $h: Boolean!) {\n      setProjectPhotoHidden(id: $id, hidden: $h) {\n        hidden\n      }\n    }\n  "): (typeof documents)["\n    mutation CalendarShareGalleryHide($id: ID!, $h: Boolean!) {\n      setProjectPhotoHidden(id: $id, hidden: $h) {\n        hidden\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CalendarShareGalleryCover($id: ID!, $c: ProjectChanges!) {\n      updateProject(id: $id, changes: $c) {\n        coverImageUrl\n      }\n    }\n  "): (typeof documents)["\n    mutation CalendarShareGalleryCover($id: ID!, $c: ProjectChanges!) {\n      updateProject(id: $id, changes: $c) {\n        coverImageUrl\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CalendarShareGalleryQ {\n      districts {\n        code\n        projectCount\n        shiftCount\n        signupCount\n        confirmedHours\n      }\n    }\n  "): (typeof documents)["\n    query CalendarShareGalleryQ {\n      districts {\n        code\n        projectCount\n        shiftCount\n        signupCount\n        confirmedHours\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query CalendarShareGalleryOrganizations($first: Int) {\n            projects(first: $first) {\n              edges {\n                node {\n                  organization {\n                    projectCount\n                    projects(first: 3) {\n                      title\n                    }\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query CalendarShareGalleryOrganizations($first: Int) {\n            projects(first: $first) {\n              edges {\n                node {\n                  organization {\n                    projectCount\n                    projects(first: 3) {\n                      title\n                    }\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingSearch($f: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {\n    projects(filter: $f, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          startsOn\n          district {\n            code\n          }\n          organization {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindingSearch($f: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {\n    projects(filter: $f, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          startsOn\n          district {\n            code\n          }\n          organization {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FindingCreateProject($i: ProjectInput!) {\n          createProject(input: $i) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation FindingCreateProject($i: ProjectInput!) {\n          createProject(input: $i) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query FindingList($first: Int) {\n            projects(first: $first) {\n              edges {\n                node {\n                  title\n                  freePlaces\n                  organization {\n                    name\n                    verified\n                  }\n                  shifts {\n                    date\n                    startTime\n                    freePlaces\n                  }\n                  district {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query FindingList($first: Int) {\n            projects(first: $first) {\n              edges {\n                node {\n                  title\n                  freePlaces\n                  organization {\n                    name\n                    verified\n                  }\n                  shifts {\n                    date\n                    startTime\n                    freePlaces\n                  }\n                  district {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FindingNear($f: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {\n      projects(filter: $f, sort: $sort, first: $first, after: $after) {\n        totalCount\n        edges {\n          distanceKm\n          node {\n            title\n            latitude\n            longitude\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query FindingNear($f: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {\n      projects(filter: $f, sort: $sort, first: $first, after: $after) {\n        totalCount\n        edges {\n          distanceKm\n          node {\n            title\n            latitude\n            longitude\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation FindingSignUp($shift: ID!) {\n      signUp(shiftId: $shift) {\n        id\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation FindingSignUp($shift: ID!) {\n      signUp(shiftId: $shift) {\n        id\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FindingCancelSignup($id: ID!) {\n          cancelSignup(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation FindingCancelSignup($id: ID!) {\n          cancelSignup(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FindingDetail($id: ID!) {\n      project(id: $id) {\n        shifts {\n          id\n          mySignup {\n            id\n            status\n            waitlistPosition\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query FindingDetail($id: ID!) {\n      project(id: $id) {\n        shifts {\n          id\n          mySignup {\n            id\n            status\n            waitlistPosition\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FindingPage($id: ID!) {\n      project(id: $id) {\n        shifts {\n          id\n          mySignup {\n            id\n            status\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query FindingPage($id: ID!) {\n      project(id: $id) {\n        shifts {\n          id\n          mySignup {\n            id\n            status\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HelpersProjectFields on Project {\n    id\n    title\n    status\n    startsOn\n    endsOn\n    shareCode\n    freePlaces\n    shifts {\n      id\n      date\n      startTime\n      endTime\n      startsAt\n      endsAt\n      capacity\n      waitlistCapacity\n      signedUpCount\n      waitlistCount\n      freePlaces\n    }\n  }\n"): (typeof documents)["\n  fragment HelpersProjectFields on Project {\n    id\n    title\n    status\n    startsOn\n    endsOn\n    shareCode\n    freePlaces\n    shifts {\n      id\n      date\n      startTime\n      endTime\n      startsAt\n      endsAt\n      capacity\n      waitlistCapacity\n      signedUpCount\n      waitlistCount\n      freePlaces\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HelpersCreateProject($input: ProjectInput!) {\n          createProject(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation HelpersCreateProject($input: ProjectInput!) {\n          createProject(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HelpersPublishProject($id: ID!) {\n          publishProject(id: $id) {\n            ...HelpersProjectFields\n          }\n        }\n      "): (typeof documents)["\n        mutation HelpersPublishProject($id: ID!) {\n          publishProject(id: $id) {\n            ...HelpersProjectFields\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation HoursTotalsConfirm($ids: [ID!]!) {\n      confirmServiceRecords(ids: $ids) {\n        id\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation HoursTotalsConfirm($ids: [ID!]!) {\n      confirmServiceRecords(ids: $ids) {\n        id\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query HoursTotalsL($f: VolunteerFilter) {\n            volunteers(filter: $f, first: 100) {\n              edges {\n                node {\n                  id\n                  starLevel\n                  confirmedHours\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query HoursTotalsL($f: VolunteerFilter) {\n            volunteers(filter: $f, first: 100) {\n              edges {\n                node {\n                  id\n                  starLevel\n                  confirmedHours\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoursSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HoursSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HoursRecord on ServiceRecord {\n    id\n    servedOn\n    hours\n    status\n    confirmBy\n    overdue\n    checkedInAt\n    checkedOutAt\n    rejectReason\n    project {\n      id\n    }\n    volunteer {\n      id\n    }\n    corrections {\n      id\n      status\n      requestedHours\n      previousHours\n      response\n    }\n  }\n"): (typeof documents)["\n  fragment HoursRecord on ServiceRecord {\n    id\n    servedOn\n    hours\n    status\n    confirmBy\n    overdue\n    checkedInAt\n    checkedOutAt\n    rejectReason\n    project {\n      id\n    }\n    volunteer {\n      id\n    }\n    corrections {\n      id\n      status\n      requestedHours\n      previousHours\n      response\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HoursConfirmedHours($id: ID!) {\n    volunteer(id: $id) {\n      confirmedHours\n    }\n  }\n"): (typeof documents)["\n  query HoursConfirmedHours($id: ID!) {\n    volunteer(id: $id) {\n      confirmedHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HoursCheckInVolunteer($id: ID!, $at: String) {\n          checkInVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation HoursCheckInVolunteer($id: ID!, $at: String) {\n          checkInVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HoursCheckOutVolunteer($id: ID!, $at: String) {\n          checkOutVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation HoursCheckOutVolunteer($id: ID!, $at: String) {\n          checkOutVolunteer(signupId: $id, at: $at) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query HoursCode($id: ID!) {\n      project(id: $id) {\n        shifts {\n          checkInCode\n        }\n      }\n    }\n  "): (typeof documents)["\n    query HoursCode($id: ID!) {\n      project(id: $id) {\n        shifts {\n          checkInCode\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation HoursCheckIn($s: ID!, $c: String!) {\n      checkIn(shiftId: $s, code: $c) {\n        checkedInAt\n      }\n    }\n  "): (typeof documents)["\n    mutation HoursCheckIn($s: ID!, $c: String!) {\n      checkIn(shiftId: $s, code: $c) {\n        checkedInAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation HoursCheckOut($s: ID!, $c: String!) {\n      checkOut(shiftId: $s, code: $c) {\n        checkedOutAt\n      }\n    }\n  "): (typeof documents)["\n    mutation HoursCheckOut($s: ID!, $c: String!) {\n      checkOut(shiftId: $s, code: $c) {\n        checkedOutAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HoursMyServiceRecords {\n          myServiceRecords {\n            edges {\n              node {\n                ...HoursRecord\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HoursMyServiceRecords {\n          myServiceRecords {\n            edges {\n              node {\n                ...HoursRecord\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation HoursCheckInLocked($s: ID!, $c: String!) {\n      checkIn(shiftId: $s, code: $c) {\n        checkedInAt\n      }\n    }\n  "): (typeof documents)["\n    mutation HoursCheckInLocked($s: ID!, $c: String!) {\n      checkIn(shiftId: $s, code: $c) {\n        checkedInAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation HoursIn($id: ID!, $at: String) {\n      checkInVolunteer(signupId: $id, at: $at) {\n        checkedInAt\n      }\n    }\n  "): (typeof documents)["\n    mutation HoursIn($id: ID!, $at: String) {\n      checkInVolunteer(signupId: $id, at: $at) {\n        checkedInAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation HoursOut($id: ID!, $at: String) {\n      checkOutVolunteer(signupId: $id, at: $at) {\n        checkedOutAt\n      }\n    }\n  "): (typeof documents)["\n    mutation HoursOut($id: ID!, $at: String) {\n      checkOutVolunteer(signupId: $id, at: $at) {\n        checkedOutAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query HoursToConfirm {\n      serviceRecordsToConfirm {\n        edges {\n          node {\n            ...HoursRecord\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query HoursToConfirm {\n      serviceRecordsToConfirm {\n        edges {\n          node {\n            ...HoursRecord\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation HoursConfirm($ids: [ID!]!) {\n      confirmServiceRecords(ids: $ids) {\n        id\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation HoursConfirm($ids: [ID!]!) {\n      confirmServiceRecords(ids: $ids) {\n        id\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation HoursOutLate($id: ID!, $at: String) {\n      checkOutVolunteer(signupId: $id, at: $at) {\n        checkedOutAt\n      }\n    }\n  "): (typeof documents)["\n    mutation HoursOutLate($id: ID!, $at: String) {\n      checkOutVolunteer(signupId: $id, at: $at) {\n        checkedOutAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HoursServiceRecordsToConfirm {\n          serviceRecordsToConfirm(overdueOnly: true) {\n            edges {\n              node {\n                volunteer {\n                  id\n                }\n                overdue\n                confirmBy\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HoursServiceRecordsToConfirm {\n          serviceRecordsToConfirm(overdueOnly: true) {\n            edges {\n              node {\n                volunteer {\n                  id\n                }\n                overdue\n                confirmBy\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation HoursAsk($r: ID!, $h: Float!, $why: String!) {\n      requestCorrection(recordId: $r, hours: $h, reason: $why) {\n        id\n        status\n        requestedHours\n        previousHours\n        record {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation HoursAsk($r: ID!, $h: Float!, $why: String!) {\n      requestCorrection(recordId: $r, hours: $h, reason: $why) {\n        id\n        status\n        requestedHours\n        previousHours\n        record {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation HoursResolve($id: ID!, $ok: Boolean!, $why: String) {\n      resolveCorrection(id: $id, accept: $ok, reason: $why) {\n        status\n        response\n        record {\n          hours\n          status\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation HoursResolve($id: ID!, $ok: Boolean!, $why: String) {\n      resolveCorrection(id: $id, accept: $ok, reason: $why) {\n        status\n        response\n        record {\n          hours\n          status\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HoursVolunteer($id: ID!) {\n          volunteer(id: $id) {\n            serviceRecords(first: 5) {\n              edges {\n                node {\n                  id\n                  hours\n                  corrections {\n                    status\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HoursVolunteer($id: ID!) {\n          volunteer(id: $id) {\n            serviceRecords(first: 5) {\n              edges {\n                node {\n                  id\n                  hours\n                  corrections {\n                    status\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query HoursVisibleRecords($id: ID!) {\n      volunteer(id: $id) {\n        serviceRecords(first: 3) {\n          edges {\n            node {\n              servedOn\n              hours\n              status\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query HoursVisibleRecords($id: ID!) {\n      volunteer(id: $id) {\n        serviceRecords(first: 3) {\n          edges {\n            node {\n              servedOn\n              hours\n              status\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query HoursPublicSummary($id: ID!) {\n            volunteer(id: $id) {\n              confirmedHours\n              serviceSummary {\n                recordCount\n              }\n            }\n          }\n        "): (typeof documents)["\n          query HoursPublicSummary($id: ID!) {\n            volunteer(id: $id) {\n              confirmedHours\n              serviceSummary {\n                recordCount\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation HoursReject($id: ID!, $why: String!) {\n      rejectServiceRecord(id: $id, reason: $why) {\n        status\n        rejectReason\n      }\n    }\n  "): (typeof documents)["\n    mutation HoursReject($id: ID!, $why: String!) {\n      rejectServiceRecord(id: $id, reason: $why) {\n        status\n        rejectReason\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InsuranceOpenCampaign($input: CampaignInput!) {\n    openCampaign(input: $input) {\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation InsuranceOpenCampaign($input: CampaignInput!) {\n    openCampaign(input: $input) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InsuranceCreateProgram($input: InsuranceProgramInput!) {\n    createInsuranceProgram(input: $input) {\n      id\n      prefix\n      quota\n      enrolled\n      remaining\n    }\n  }\n"): (typeof documents)["\n  mutation InsuranceCreateProgram($input: InsuranceProgramInput!) {\n    createInsuranceProgram(input: $input) {\n      id\n      prefix\n      quota\n      enrolled\n      remaining\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsuranceProgram($id: ID!) {\n    insuranceProgram(id: $id) {\n      id\n      enrolled\n      remaining\n    }\n  }\n"): (typeof documents)["\n  query InsuranceProgram($id: ID!) {\n    insuranceProgram(id: $id) {\n      id\n      enrolled\n      remaining\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InsuranceSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InsuranceSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsuranceMyPolicies {\n    myInsurancePolicies {\n      policyNumber\n      insurer\n      cover\n      maxPayout\n      coversFrom\n      coversUntil\n      program {\n        id\n        name\n      }\n      project {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query InsuranceMyPolicies {\n    myInsurancePolicies {\n      policyNumber\n      insurer\n      cover\n      maxPayout\n      coversFrom\n      coversUntil\n      program {\n        id\n        name\n      }\n      project {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InsuranceVolunteerPolicies($id: ID!) {\n    volunteer(id: $id) {\n      insurancePolicies {\n        policyNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query InsuranceVolunteerPolicies($id: ID!) {\n    volunteer(id: $id) {\n      insurancePolicies {\n        policyNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InsuranceCreateRisky($input: ProjectInput!) {\n      createProject(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation InsuranceCreateRisky($input: ProjectInput!) {\n      createProject(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation InsurancePublishRisky($id: ID!) {\n      publishProject(id: $id) {\n        id\n        status\n        insuranceProgram {\n          id\n        }\n        campaign {\n          code\n        }\n        shifts {\n          id\n          signedUpCount\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation InsurancePublishRisky($id: ID!) {\n      publishProject(id: $id) {\n        id\n        status\n        insuranceProgram {\n          id\n        }\n        campaign {\n          code\n        }\n        shifts {\n          id\n          signedUpCount\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleInbox {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          kind\n          body\n          project {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleInbox {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          kind\n          body\n          project {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleProjects($status: ProjectStatus, $first: Int, $after: String) {\n    myOrganizationProjects(status: $status, first: $first, after: $after) {\n      totalCount\n      counts {\n        draft\n        published\n        closed\n        cancelled\n        total\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          shifts {\n            capacity\n            signedUpCount\n            waitlistCount\n            freePlaces\n            cancelledAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleProjects($status: ProjectStatus, $first: Int, $after: String) {\n    myOrganizationProjects(status: $status, first: $first, after: $after) {\n      totalCount\n      counts {\n        draft\n        published\n        closed\n        cancelled\n        total\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          shifts {\n            capacity\n            signedUpCount\n            waitlistCount\n            freePlaces\n            cancelledAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSignUp($shiftId: ID!) {\n    signUp(shiftId: $shiftId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSignUp($shiftId: ID!) {\n    signUp(shiftId: $shiftId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMoveShift($id: ID!, $input: ShiftTimesInput!) {\n    updateShiftTimes(id: $id, input: $input) {\n      id\n      date\n      startTime\n      endTime\n      signedUpCount\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleMoveShift($id: ID!, $input: ShiftTimesInput!) {\n    updateShiftTimes(id: $id, input: $input) {\n      id\n      date\n      startTime\n      endTime\n      signedUpCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCancelShift($id: ID!, $reason: String!) {\n    cancelShift(id: $id, reason: $reason) {\n      id\n      cancelledAt\n      cancelReason\n      signedUpCount\n      waitlistCount\n      freePlaces\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCancelShift($id: ID!, $reason: String!) {\n    cancelShift(id: $id, reason: $reason) {\n      id\n      cancelledAt\n      cancelReason\n      signedUpCount\n      waitlistCount\n      freePlaces\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveSignup($id: ID!, $reason: String!) {\n    removeSignup(signupId: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRemoveSignup($id: ID!, $reason: String!) {\n    removeSignup(signupId: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleNoShow($id: ID!) {\n    markNoShow(signupId: $id) {\n      id\n      noShowAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleNoShow($id: ID!) {\n    markNoShow(signupId: $id) {\n      id\n      noShowAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConsoleProject($id: ID!) {\n        project(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query ConsoleProject($id: ID!) {\n        project(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConsoleOpenDraft($id: ID!) {\n        project(id: $id) {\n          status\n        }\n      }\n    "): (typeof documents)["\n      query ConsoleOpenDraft($id: ID!) {\n        project(id: $id) {\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishingCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      ...HelpersProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishingCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      ...HelpersProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishingPublish($id: ID!) {\n    publishProject(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishingPublish($id: ID!) {\n    publishProject(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishingSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PublishingSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishingProject($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      status\n      contactPhone\n      organization {\n        name\n      }\n      district {\n        name\n      }\n      category {\n        name\n      }\n      subcategory {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishingProject($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      status\n      contactPhone\n      organization {\n        name\n      }\n      district {\n        name\n      }\n      category {\n        name\n      }\n      subcategory {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PublishingServiceCategories {\n          serviceCategories {\n            code\n            name\n            subcategories {\n              code\n              name\n              categoryCode\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PublishingServiceCategories {\n          serviceCategories {\n            code\n            name\n            subcategories {\n              code\n              name\n              categoryCode\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PublishingProjectByShareCode($c: String!) {\n            projectByShareCode(code: $c) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query PublishingProjectByShareCode($c: String!) {\n            projectByShareCode(code: $c) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PublishingProjectByShareCode2($c: String!) {\n            projectByShareCode(code: $c) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          query PublishingProjectByShareCode2($c: String!) {\n            projectByShareCode(code: $c) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PublishingPhone($id: ID!) {\n      project(id: $id) {\n        contactPhone\n      }\n    }\n  "): (typeof documents)["\n    query PublishingPhone($id: ID!) {\n      project(id: $id) {\n        contactPhone\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PublishingCancelSignup($id: ID!) {\n            cancelSignup(id: $id) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation PublishingCancelSignup($id: ID!) {\n            cancelSignup(id: $id) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PublishingProjects {\n            projects(first: 100) {\n              edges {\n                node {\n                  contactPhone\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PublishingProjects {\n            projects(first: 100) {\n              edges {\n                node {\n                  contactPhone\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PublishingUpdateProject($id: ID!) {\n          updateProject(id: $id, changes: { title: \"被别人改掉的标题\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PublishingUpdateProject($id: ID!) {\n          updateProject(id: $id, changes: { title: \"被别人改掉的标题\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PublishingUpdateInsurance($id: ID!, $c: ProjectChanges!) {\n      updateProject(id: $id, changes: $c) {\n        id\n        insurance {\n          insurer\n          coversUntil\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation PublishingUpdateInsurance($id: ID!, $c: ProjectChanges!) {\n      updateProject(id: $id, changes: $c) {\n        id\n        insurance {\n          insurer\n          coversUntil\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PublishingProject2($id: ID!) {\n          project(id: $id) {\n            riskLevel\n            insurance {\n              policyNumber\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PublishingProject2($id: ID!) {\n          project(id: $id) {\n            riskLevel\n            insurance {\n              policyNumber\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PublishingUpdate($id: ID!, $c: ProjectChanges!) {\n      updateProject(id: $id, changes: $c) {\n        id\n        title\n        endsOn\n      }\n    }\n  "): (typeof documents)["\n    mutation PublishingUpdate($id: ID!, $c: ProjectChanges!) {\n      updateProject(id: $id, changes: $c) {\n        id\n        title\n        endsOn\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PublishingAdd($id: ID!, $s: ShiftInput!) {\n      addShift(projectId: $id, input: $s) {\n        date\n        startTime\n        capacity\n        project {\n          freePlaces\n          shifts {\n            id\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation PublishingAdd($id: ID!, $s: ShiftInput!) {\n      addShift(projectId: $id, input: $s) {\n        date\n        startTime\n        capacity\n        project {\n          freePlaces\n          shifts {\n            id\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PublishingClose($id: ID!) {\n      closeProject(id: $id) {\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation PublishingClose($id: ID!) {\n      closeProject(id: $id) {\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PublishingProject3($id: ID!) {\n          project(id: $id) {\n            status\n            title\n            need {\n              id\n              project {\n                id\n              }\n            }\n            shifts {\n              capacity\n              startTime\n              endTime\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PublishingProject3($id: ID!) {\n          project(id: $id) {\n            status\n            title\n            need {\n              id\n              project {\n                id\n              }\n            }\n            shifts {\n              capacity\n              startTime\n              endTime\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticesInbox {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          kind\n          body\n          project {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticesInbox {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          kind\n          body\n          project {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticesConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoticesConfirm($ids: [ID!]!) {\n    confirmServiceRecords(ids: $ids) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticesReject($id: ID!, $reason: String!) {\n    rejectServiceRecord(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoticesReject($id: ID!, $reason: String!) {\n    rejectServiceRecord(id: $id, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticesAsk($r: ID!, $h: Float!, $why: String!) {\n    requestCorrection(recordId: $r, hours: $h, reason: $why) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoticesAsk($r: ID!, $h: Float!, $why: String!) {\n    requestCorrection(recordId: $r, hours: $h, reason: $why) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoticesAnswer($id: ID!, $accept: Boolean!, $reason: String) {\n    resolveCorrection(id: $id, accept: $accept, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoticesAnswer($id: ID!, $accept: Boolean!, $reason: String) {\n    resolveCorrection(id: $id, accept: $accept, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordsBatchingList($first: Int) {\n    volunteers(first: $first) {\n      edges {\n        node {\n          displayName\n          confirmedHours\n          serviceRecords(first: 3) {\n            edges {\n              node {\n                hours\n                servedOn\n                project {\n                  title\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordsBatchingList($first: Int) {\n    volunteers(first: $first) {\n      edges {\n        node {\n          displayName\n          confirmedHours\n          serviceRecords(first: 3) {\n            edges {\n              node {\n                hours\n                servedOn\n                project {\n                  title\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RemindersSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindersCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RemindersCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemindersInbox {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          kind\n          body\n          project {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RemindersInbox {\n    myNotifications(first: 50) {\n      edges {\n        node {\n          kind\n          body\n          project {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RemindersMoveShift($id: ID!, $input: ShiftTimesInput!) {\n      updateShiftTimes(id: $id, input: $input) {\n        startTime\n      }\n    }\n  "): (typeof documents)["\n    mutation RemindersMoveShift($id: ID!, $input: ShiftTimesInput!) {\n      updateShiftTimes(id: $id, input: $input) {\n        startTime\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RemindersRecord($id: ID!, $in: String, $out: String) {\n      checkInVolunteer(signupId: $id, at: $in) {\n        id\n      }\n      checkOutVolunteer(signupId: $id, at: $out) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation RemindersRecord($id: ID!, $in: String, $out: String) {\n      checkInVolunteer(signupId: $id, at: $in) {\n        id\n      }\n      checkOutVolunteer(signupId: $id, at: $out) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignupSignUp($shift: ID!, $key: String) {\n    signUp(shiftId: $shift, idempotencyKey: $key) {\n      id\n      status\n      waitlistPosition\n      shift {\n        id\n        signedUpCount\n        waitlistCount\n        freePlaces\n      }\n      project {\n        id\n      }\n      volunteer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignupSignUp($shift: ID!, $key: String) {\n    signUp(shiftId: $shift, idempotencyKey: $key) {\n      id\n      status\n      waitlistPosition\n      shift {\n        id\n        signedUpCount\n        waitlistCount\n        freePlaces\n      }\n      project {\n        id\n      }\n      volunteer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignupCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      id\n      status\n      cancelledAt\n    }\n  }\n"): (typeof documents)["\n  mutation SignupCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      id\n      status\n      cancelledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SignupVolunteerSignups($id: ID!) {\n      volunteer(id: $id) {\n        signups {\n          id\n          status\n          project {\n            title\n          }\n          shift {\n            date\n            startTime\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query SignupVolunteerSignups($id: ID!) {\n      volunteer(id: $id) {\n        signups {\n          id\n          status\n          project {\n            title\n          }\n          shift {\n            date\n            startTime\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SignupWho($id: ID!) {\n      project(id: $id) {\n        shifts {\n          signups {\n            volunteer {\n              id\n            }\n            status\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query SignupWho($id: ID!) {\n      project(id: $id) {\n        shifts {\n          signups {\n            volunteer {\n              id\n            }\n            status\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SignupMySignupsPromoted {\n      mySignups {\n        id\n        status\n        promotedAt\n        waitlistPosition\n      }\n    }\n  "): (typeof documents)["\n    query SignupMySignupsPromoted {\n      mySignups {\n        id\n        status\n        promotedAt\n        waitlistPosition\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SignupMySignups {\n            mySignups(includeCancelled: true) {\n              id\n              status\n            }\n          }\n        "): (typeof documents)["\n          query SignupMySignups {\n            mySignups(includeCancelled: true) {\n              id\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SignupMyNotifications {\n          myNotifications {\n            edges {\n              node {\n                kind\n                body\n                project {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SignupMyNotifications {\n          myNotifications {\n            edges {\n              node {\n                kind\n                body\n                project {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SignupClose($id: ID!) {\n      closeProject(id: $id) {\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation SignupClose($id: ID!) {\n      closeProject(id: $id) {\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SignupCancelProject($id: ID!, $r: String!) {\n      cancelProject(id: $id, reason: $r) {\n        status\n        cancelReason\n        freePlaces\n      }\n    }\n  "): (typeof documents)["\n    mutation SignupCancelProject($id: ID!, $r: String!) {\n      cancelProject(id: $id, reason: $r) {\n        status\n        cancelReason\n        freePlaces\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SignupMyNotifications2 {\n            myNotifications {\n              edges {\n                node {\n                  kind\n                  body\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query SignupMyNotifications2 {\n            myNotifications {\n              edges {\n                node {\n                  kind\n                  body\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SignupCancelProject2($id: ID!) {\n        cancelProject(id: $id, reason: \"场地临时关闭\") {\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation SignupCancelProject2($id: ID!) {\n        cancelProject(id: $id, reason: \"场地临时关闭\") {\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SignupUpdate($id: ID!, $c: Int!, $w: Int) {\n      updateShift(id: $id, capacity: $c, waitlistCapacity: $w) {\n        capacity\n        waitlistCapacity\n        signedUpCount\n        waitlistCount\n      }\n    }\n  "): (typeof documents)["\n    mutation SignupUpdate($id: ID!, $c: Int!, $w: Int) {\n      updateShift(id: $id, capacity: $c, waitlistCapacity: $w) {\n        capacity\n        waitlistCapacity\n        signedUpCount\n        waitlistCount\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SignupMyNotifications3 {\n              myNotifications {\n                edges {\n                  node {\n                    kind\n                  }\n                }\n              }\n            }\n          "): (typeof documents)["\n            query SignupMyNotifications3 {\n              myNotifications {\n                edges {\n                  node {\n                    kind\n                  }\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SignupMySignups2 {\n            mySignups {\n              status\n              waitlistPosition\n            }\n          }\n        "): (typeof documents)["\n          query SignupMySignups2 {\n            mySignups {\n              status\n              waitlistPosition\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminListL($filter: VolunteerFilter, $first: Int, $after: String) {\n    volunteers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          district {\n            code\n          }\n          memberSince\n          profile {\n            realName\n            idNumber\n            phone\n            skills\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminListL($filter: VolunteerFilter, $first: Int, $after: String) {\n    volunteers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          district {\n            code\n          }\n          memberSince\n          profile {\n            realName\n            idNumber\n            phone\n            skills\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AdminListL2($first: Int) {\n      volunteers(filter: { district: \"dongbu\" }, first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            displayName\n            memberSince\n            district {\n              name\n              volunteerCount\n            }\n            confirmedHours\n            starLevel\n            hoursToNextStar\n            points\n            badges {\n              code\n            }\n            card {\n              verificationCode\n              starLevel\n              badges {\n                name\n              }\n            }\n            serviceSummary {\n              recordCount\n              projectCount\n            }\n            profile {\n              realName\n              sex\n              birthDate\n              idNumber\n              phone\n              skills\n              serviceCategories\n              guardian {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query AdminListL2($first: Int) {\n      volunteers(filter: { district: \"dongbu\" }, first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            displayName\n            memberSince\n            district {\n              name\n              volunteerCount\n            }\n            confirmedHours\n            starLevel\n            hoursToNextStar\n            points\n            badges {\n              code\n            }\n            card {\n              verificationCode\n              starLevel\n              badges {\n                name\n              }\n            }\n            serviceSummary {\n              recordCount\n              projectCount\n            }\n            profile {\n              realName\n              sex\n              birthDate\n              idNumber\n              phone\n              skills\n              serviceCategories\n              guardian {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GrowthCardProofVolunteer {\n        volunteer(id: \"20000000-0000-4000-8000-000000000016\") {\n          confirmedHours\n          starLevel\n          points\n          badges {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      query GrowthCardProofVolunteer {\n        volunteer(id: \"20000000-0000-4000-8000-000000000016\") {\n          confirmedHours\n          starLevel\n          points\n          badges {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrowthCardProofVerifyCard($code: String!) {\n    verifyVolunteerCard(code: $code) {\n      valid\n      displayName\n      starLevel\n      confirmedHours\n      issuedIn\n    }\n  }\n"): (typeof documents)["\n  query GrowthCardProofVerifyCard($code: String!) {\n    verifyVolunteerCard(code: $code) {\n      valid\n      displayName\n      starLevel\n      confirmedHours\n      issuedIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GrowthCardProofMeCard {\n          me {\n            card {\n              verificationCode\n              displayName\n              starLevel\n              confirmedHours\n              memberSince\n              badges {\n                code\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query GrowthCardProofMeCard {\n          me {\n            card {\n              verificationCode\n              displayName\n              starLevel\n              confirmedHours\n              memberSince\n              badges {\n                code\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GrowthCardProofVolunteerCard($id: ID!) {\n          volunteer(id: $id) {\n            card {\n              verificationCode\n            }\n          }\n        }\n      "): (typeof documents)["\n        query GrowthCardProofVolunteerCard($id: ID!) {\n          volunteer(id: $id) {\n            card {\n              verificationCode\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrowthCardProofMyProof {\n    me {\n      serviceProof {\n        code\n        holderName\n        confirmedHours\n        recordCount\n        projectCount\n        organizationCount\n        servedFrom\n        servedTo\n        issuedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query GrowthCardProofMyProof {\n    me {\n      serviceProof {\n        code\n        holderName\n        confirmedHours\n        recordCount\n        projectCount\n        organizationCount\n        servedFrom\n        servedTo\n        issuedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GrowthCardProofVerifyProof($code: String!) {\n        verifyServiceProof(code: $code) {\n          code\n          holderName\n          confirmedHours\n          recordCount\n          projectCount\n          organizationCount\n          servedFrom\n          servedTo\n          issuedAt\n        }\n      }\n    "): (typeof documents)["\n      query GrowthCardProofVerifyProof($code: String!) {\n        verifyServiceProof(code: $code) {\n          code\n          holderName\n          confirmedHours\n          recordCount\n          projectCount\n          organizationCount\n          servedFrom\n          servedTo\n          issuedAt\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query GrowthCardProofVerifyServiceProof {\n            verifyServiceProof(code: \"SP0000000000\") {\n              code\n            }\n          }\n        "): (typeof documents)["\n          query GrowthCardProofVerifyServiceProof {\n            verifyServiceProof(code: \"SP0000000000\") {\n              code\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation GrowthCardProofUpdateVolunteerProfile {\n          updateVolunteerProfile(input: { displayName: \"雨桐\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation GrowthCardProofUpdateVolunteerProfile {\n          updateVolunteerProfile(input: { displayName: \"雨桐\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GrowthCardProofP($code: String!) {\n        verifyServiceProof(code: $code) {\n          holderName\n          confirmedHours\n        }\n      }\n    "): (typeof documents)["\n      query GrowthCardProofP($code: String!) {\n        verifyServiceProof(code: $code) {\n          holderName\n          confirmedHours\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query GrowthCardProofVolunteerProof($id: ID!) {\n      volunteer(id: $id) {\n        displayName\n        serviceProof {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    query GrowthCardProofVolunteerProof($id: ID!) {\n      volunteer(id: $id) {\n        displayName\n        serviceProof {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GrowthCardProofMyProofLines {\n          me {\n            serviceProof {\n              code\n              confirmedHours\n              lines {\n                project {\n                  title\n                }\n                organization {\n                  name\n                }\n                hours\n                recordCount\n                servedFrom\n                servedTo\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query GrowthCardProofMyProofLines {\n          me {\n            serviceProof {\n              code\n              confirmedHours\n              lines {\n                project {\n                  title\n                }\n                organization {\n                  name\n                }\n                hours\n                recordCount\n                servedFrom\n                servedTo\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GrowthCardProofVerifyProofLines($code: String!) {\n        verifyServiceProof(code: $code) {\n          code\n          confirmedHours\n          lines {\n            project {\n              title\n            }\n            organization {\n              name\n            }\n            hours\n            recordCount\n            servedFrom\n            servedTo\n          }\n        }\n      }\n    "): (typeof documents)["\n      query GrowthCardProofVerifyProofLines($code: String!) {\n        verifyServiceProof(code: $code) {\n          code\n          confirmedHours\n          lines {\n            project {\n              title\n            }\n            organization {\n              name\n            }\n            hours\n            recordCount\n            servedFrom\n            servedTo\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GrowthCardProofPeekLines($id: ID!) {\n        volunteer(id: $id) {\n          serviceSummary {\n            lines {\n              projectId\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query GrowthCardProofPeekLines($id: ID!) {\n        volunteer(id: $id) {\n          serviceSummary {\n            lines {\n              projectId\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query GrowthCardProofP2($code: String!) {\n                verifyServiceProof(code: $code) {\n                  holderName\n                }\n              }\n            "): (typeof documents)["\n              query GrowthCardProofP2($code: String!) {\n                verifyServiceProof(code: $code) {\n                  holderName\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegistrationR($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n      displayName\n      district {\n        code\n      }\n      memberSince\n      starLevel\n      card {\n        verificationCode\n      }\n      profile {\n        realName\n        sex\n        birthDate\n        idNumber\n        phone\n        skills\n        serviceCategories\n        unmasked\n        shareWithPartners\n        guardian {\n          name\n          relation\n          phone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegistrationR($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n      displayName\n      district {\n        code\n      }\n      memberSince\n      starLevel\n      card {\n        verificationCode\n      }\n      profile {\n        realName\n        sex\n        birthDate\n        idNumber\n        phone\n        skills\n        serviceCategories\n        unmasked\n        shareWithPartners\n        guardian {\n          name\n          relation\n          phone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RegistrationUpdateVolunteerProfile {\n        updateVolunteerProfile(\n          input: {\n            displayName: \"宋同学\"\n            districtCode: \"pidu\"\n            phone: \"13512345678\"\n            skills: [\"摄影\"]\n            serviceCategories: [\"culture\"]\n          }\n        ) {\n          displayName\n          district {\n            code\n          }\n          profile {\n            phone\n            skills\n            serviceCategories\n            idNumber\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation RegistrationUpdateVolunteerProfile {\n        updateVolunteerProfile(\n          input: {\n            displayName: \"宋同学\"\n            districtCode: \"pidu\"\n            phone: \"13512345678\"\n            skills: [\"摄影\"]\n            serviceCategories: [\"culture\"]\n          }\n        ) {\n          displayName\n          district {\n            code\n          }\n          profile {\n            phone\n            skills\n            serviceCategories\n            idNumber\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RegistrationUpdateVolunteerProfile2 {\n          updateVolunteerProfile(input: { phone: \"12345\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RegistrationUpdateVolunteerProfile2 {\n          updateVolunteerProfile(input: { phone: \"12345\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RegistrationMaskedGuardian($id: ID!) {\n        volunteer(id: $id) {\n          profile {\n            guardian {\n              phone\n            }\n            idNumber\n          }\n        }\n      }\n    "): (typeof documents)["\n      query RegistrationMaskedGuardian($id: ID!) {\n        volunteer(id: $id) {\n          profile {\n            guardian {\n              phone\n            }\n            idNumber\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RegistrationMe {\n        me {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query RegistrationMe {\n        me {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RegistrationUpdateVolunteerProfile3 {\n          updateVolunteerProfile(input: { displayName: \"x\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation RegistrationUpdateVolunteerProfile3 {\n          updateVolunteerProfile(input: { displayName: \"x\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SeedMe {\n          me {\n            displayName\n            memberSince\n            card {\n              verificationCode\n            }\n            profile {\n              realName\n              sex\n              birthDate\n              idNumber\n              phone\n              skills\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SeedMe {\n          me {\n            displayName\n            memberSince\n            card {\n              verificationCode\n            }\n            profile {\n              realName\n              sex\n              birthDate\n              idNumber\n              phone\n              skills\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SeedUpdateVolunteerProfile {\n          updateVolunteerProfile(input: { phone: \"13600000010\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation SeedUpdateVolunteerProfile {\n          updateVolunteerProfile(input: { phone: \"13600000010\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedHistory {\n    volunteers(first: 20) {\n      edges {\n        node {\n          id\n          memberSince\n        }\n      }\n    }\n    projects(first: 20) {\n      edges {\n        node {\n          id\n          publishedAt\n          startsOn\n          endsOn\n          organization {\n            registeredAt\n            verifiedAt\n          }\n          shifts {\n            id\n            startsAt\n            freePlaces\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedHistory {\n    volunteers(first: 20) {\n      edges {\n        node {\n          id\n          memberSince\n        }\n      }\n    }\n    projects(first: 20) {\n      edges {\n        node {\n          id\n          publishedAt\n          startsOn\n          endsOn\n          organization {\n            registeredAt\n            verifiedAt\n          }\n          shifts {\n            id\n            startsAt\n            freePlaces\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedSignUp($s: ID!) {\n      signUp(shiftId: $s) {\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation SeedSignUp($s: ID!) {\n      signUp(shiftId: $s) {\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrainingRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TrainingRegister($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrainingCreateCourse($input: TrainingCourseInput!) {\n    createTrainingCourse(input: $input) {\n      code\n      name\n      studyHours\n      organizer\n      organization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TrainingCreateCourse($input: TrainingCourseInput!) {\n    createTrainingCourse(input: $input) {\n      code\n      name\n      studyHours\n      organizer\n      organization {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrainingRecord($input: RecordTrainingInput!) {\n    recordTraining(input: $input) {\n      id\n      course {\n        code\n        name\n      }\n      completedOn\n      studyHours\n      organizer\n      source\n    }\n  }\n"): (typeof documents)["\n  mutation TrainingRecord($input: RecordTrainingInput!) {\n    recordTraining(input: $input) {\n      id\n      course {\n        code\n        name\n      }\n      completedOn\n      studyHours\n      organizer\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrainingWithdraw($id: ID!) {\n    withdrawTrainingRecord(id: $id) {\n      id\n      withdrawnAt\n    }\n  }\n"): (typeof documents)["\n  mutation TrainingWithdraw($id: ID!) {\n    withdrawTrainingRecord(id: $id) {\n      id\n      withdrawnAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingMine {\n    me {\n      trainingRecords {\n        id\n        course {\n          code\n          name\n          content\n        }\n        completedOn\n        studyHours\n        organizer\n        source\n      }\n      trainingHours\n      serviceProof {\n        code\n        trainings {\n          courseCode\n          courseName\n          content\n          studyHours\n          organizer\n          completedOn\n        }\n        trainingHours\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingMine {\n    me {\n      trainingRecords {\n        id\n        course {\n          code\n          name\n          content\n        }\n        completedOn\n        studyHours\n        organizer\n        source\n      }\n      trainingHours\n      serviceProof {\n        code\n        trainings {\n          courseCode\n          courseName\n          content\n          studyHours\n          organizer\n          completedOn\n        }\n        trainingHours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrainingSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TrainingSignUp($shift: ID!) {\n    signUp(shiftId: $shift) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrainingCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TrainingCancel($id: ID!) {\n    cancelSignup(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TrainingCatalogue {\n          trainingCourses {\n            code\n            name\n            studyHours\n            organizer\n            organization {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TrainingCatalogue {\n          trainingCourses {\n            code\n            name\n            studyHours\n            organizer\n            organization {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TrainingVerifyProof($code: String!) {\n          verifyServiceProof(code: $code) {\n            trainings {\n              courseName\n              studyHours\n            }\n            trainingHours\n          }\n        }\n      "): (typeof documents)["\n        query TrainingVerifyProof($code: String!) {\n          verifyServiceProof(code: $code) {\n            trainings {\n              courseName\n              studyHours\n            }\n            trainingHours\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TrainingOthers($id: ID!) {\n          volunteer(id: $id) {\n            trainingRecords {\n              id\n            }\n            trainingHours\n          }\n        }\n      "): (typeof documents)["\n        query TrainingOthers($id: ID!) {\n          volunteer(id: $id) {\n            trainingRecords {\n              id\n            }\n            trainingHours\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation TrainingCreateBadProject($input: ProjectInput!) {\n        createProject(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation TrainingCreateBadProject($input: ProjectInput!) {\n        createProject(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TrainingProjectCourse($id: ID!) {\n          project(id: $id) {\n            requiredCourse {\n              code\n              name\n              studyHours\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TrainingProjectCourse($id: ID!) {\n          project(id: $id) {\n            requiredCourse {\n              code\n              name\n              studyHours\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TrainingExport {\n          myPersonalData {\n            volunteers\n          }\n        }\n      "): (typeof documents)["\n        query TrainingExport {\n          myPersonalData {\n            volunteers\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TrainingProjectCourses($first: Int) {\n      projects(first: $first, filter: { keyword: \"培训要求项目\" }) {\n        edges {\n          node {\n            requiredCourse {\n              name\n              organizer\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query TrainingProjectCourses($first: Int) {\n      projects(first: $first, filter: { keyword: \"培训要求项目\" }) {\n        edges {\n          node {\n            requiredCourse {\n              name\n              organizer\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TrainingVolunteerRecords($first: Int) {\n      volunteers(first: $first) {\n        edges {\n          node {\n            trainingRecords {\n              course {\n                name\n              }\n            }\n            trainingHours\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query TrainingVolunteerRecords($first: Int) {\n      volunteers(first: $first) {\n        edges {\n          node {\n            trainingRecords {\n              course {\n                name\n              }\n            }\n            trainingHours\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisibilityProfile on Volunteer {\n    profile {\n      realName\n      sex\n      birthDate\n      idNumber\n      phone\n      skills\n      serviceCategories\n      unmasked\n      shareWithPartners\n      consentedAt\n      guardian {\n        name\n        relation\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VisibilityProfile on Volunteer {\n    profile {\n      realName\n      sex\n      birthDate\n      idNumber\n      phone\n      skills\n      serviceCategories\n      unmasked\n      shareWithPartners\n      consentedAt\n      guardian {\n        name\n        relation\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisibilityPublic on Volunteer {\n    id\n    displayName\n    district {\n      code\n      name\n    }\n    memberSince\n    starLevel\n    confirmedHours\n    badges {\n      code\n      name\n    }\n    card {\n      verificationCode\n      displayName\n      memberSince\n      starLevel\n    }\n  }\n"): (typeof documents)["\n  fragment VisibilityPublic on Volunteer {\n    id\n    displayName\n    district {\n      code\n      name\n    }\n    memberSince\n    starLevel\n    confirmedHours\n    badges {\n      code\n      name\n    }\n    card {\n      verificationCode\n      displayName\n      memberSince\n      starLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityPublicVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VisibilityPublic\n      ...VisibilityProfile\n    }\n  }\n"): (typeof documents)["\n  query VisibilityPublicVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VisibilityPublic\n      ...VisibilityProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityMeProfile {\n    me {\n      ...VisibilityProfile\n    }\n  }\n"): (typeof documents)["\n  query VisibilityMeProfile {\n    me {\n      ...VisibilityProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityMeNameProfile {\n    me {\n      displayName\n      ...VisibilityProfile\n    }\n  }\n"): (typeof documents)["\n  query VisibilityMeNameProfile {\n    me {\n      displayName\n      ...VisibilityProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VisibilityMe {\n          me {\n            ...VisibilityPublic\n            ...VisibilityProfile\n          }\n        }\n      "): (typeof documents)["\n        query VisibilityMe {\n          me {\n            ...VisibilityPublic\n            ...VisibilityProfile\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation VisibilityUpdateVolunteerProfile {\n            updateVolunteerProfile(input: { displayName: \"小太阳\" }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation VisibilityUpdateVolunteerProfile {\n            updateVolunteerProfile(input: { displayName: \"小太阳\" }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query VisibilityVolunteer {\n            volunteer(id: \"20000000-0000-4000-8000-000000000003\") {\n              displayName\n              card {\n                displayName\n              }\n            }\n          }\n        "): (typeof documents)["\n          query VisibilityVolunteer {\n            volunteer(id: \"20000000-0000-4000-8000-000000000003\") {\n              displayName\n              card {\n                displayName\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query VisibilityChild($id: ID!) {\n        volunteer(id: $id) {\n          displayName\n          district {\n            code\n          }\n          memberSince\n          card {\n            displayName\n            memberSince\n          }\n          profile {\n            realName\n          }\n        }\n      }\n    "): (typeof documents)["\n      query VisibilityChild($id: ID!) {\n        volunteer(id: $id) {\n          displayName\n          district {\n            code\n          }\n          memberSince\n          card {\n            displayName\n            memberSince\n          }\n          profile {\n            realName\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VisibilitySetPartnerSharing {\n          setPartnerSharing(allow: false) {\n            profile {\n              shareWithPartners\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation VisibilitySetPartnerSharing {\n          setPartnerSharing(allow: false) {\n            profile {\n              shareWithPartners\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VisibilityGrantConsent {\n          grantConsent(\n            input: { recipient: APP, appId: \"tianfu-citizen-cloud\", purposes: [SHOW_MY_RECORDS], kinds: [PROFILE] }\n          ) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation VisibilityGrantConsent {\n          grantConsent(\n            input: { recipient: APP, appId: \"tianfu-citizen-cloud\", purposes: [SHOW_MY_RECORDS], kinds: [PROFILE] }\n          ) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VisibilitySetPartnerSharing3 {\n          setPartnerSharing(allow: true) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation VisibilitySetPartnerSharing3 {\n          setPartnerSharing(allow: true) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VisibilityUpdateVolunteerProfile2 {\n          updateVolunteerProfile(input: { displayName: \"改名\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation VisibilityUpdateVolunteerProfile2 {\n          updateVolunteerProfile(input: { displayName: \"改名\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VisibilityPartnerGrantsItself {\n          grantConsent(\n            input: { recipient: APP, appId: \"tianfu-citizen-cloud\", purposes: [SIGN_UP_FOR_ME], kinds: [ACTIVITY] }\n          ) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation VisibilityPartnerGrantsItself {\n          grantConsent(\n            input: { recipient: APP, appId: \"tianfu-citizen-cloud\", purposes: [SIGN_UP_FOR_ME], kinds: [ACTIVITY] }\n          ) {\n            id\n          }\n        }\n      "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;